package io.jenkins.plugins.packer.engine.communicator.connect;

import static io.jenkins.plugins.packer.engine.communicator.connect.CommunicatorConfig.set;

import io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig;
import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.communicator.ssh.TunnelSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Turns the template's {@link CommunicatorConfig} into the SSH communicator's {@link SshConfig}, applying
 * Packer's defaults: {@code ssh_wait_timeout} as the old name of {@code ssh_timeout}; 5m and 10 attempts when
 * neither {@code ssh_timeout} nor {@code ssh_handshake_attempts} is set (a set timeout alone means unlimited
 * attempts); the bastion using {@code ssh_private_key_file} when it has no key of its own.
 */
public final class SshSettings {

    private SshSettings() {
    }

    /**
     * @param workingDir what relative key, certificate and known_hosts paths are resolved against
     * @param host       the host to connect to (the builder's, e.g. a forwarded port's address), or null for
     *                   {@code ssh_host}
     * @param port       the port, or 0 for {@code ssh_port}
     * @param keyPair    a temporary key pair to authenticate with (the builder installed its public key), or null
     */
    public static SshConfig toSshConfig(CommunicatorConfig c, Path workingDir, String host, int port,
            TemporaryKeyPair keyPair) {
        Duration timeout = c.sshWaitTimeout() != null && !c.sshWaitTimeout().isZero() ? c.sshWaitTimeout()
                : c.sshTimeout() == null ? Duration.ZERO : c.sshTimeout();
        int attempts = c.sshHandshakeAttempts();
        if (timeout.isZero() && attempts == 0) {
            timeout = Duration.ofMinutes(5);
            attempts = 10;
        } else if (timeout.isZero()) {
            timeout = Duration.ofMinutes(5);
        } else if (attempts == 0) {
            attempts = Integer.MAX_VALUE;
        }
        SshConfig.Builder b = SshConfig.builder()
                .host(host != null ? host : c.sshHost())
                .port(port != 0 ? port : c.sshPort())
                .username(c.sshUsername())
                .password(set(c.sshPassword()) ? c.sshPassword() : null)
                .privateKeyFile(KeyPaths.resolve(c.sshPrivateKeyFile(), workingDir))
                .certificateFile(KeyPaths.resolve(c.sshCertificateFile(), workingDir))
                .agentAuth(c.sshAgentAuth())
                .timeout(timeout)
                .handshakeAttempts(attempts)
                .keepAliveInterval(c.sshKeepAliveInterval() == null ? Duration.ofSeconds(5) : c.sshKeepAliveInterval())
                .readWriteTimeout(c.sshReadWriteTimeout() == null ? Duration.ZERO : c.sshReadWriteTimeout())
                .pty(c.sshPty())
                .disableAgentForwarding(c.sshDisableAgentForwarding())
                .fileTransferMethod("sftp".equals(c.sshFileTransferMethod()) ? SshConfig.FileTransferMethod.SFTP
                        : SshConfig.FileTransferMethod.SCP)
                .clearAuthorizedKeys(c.sshClearAuthorizedKeys())
                .localTunnels(tunnels(c.sshLocalTunnels()))
                .remoteTunnels(tunnels(c.sshRemoteTunnels()))
                .ciphers(c.sshCiphers())
                .keyExchangeAlgorithms(c.sshKeyExchangeAlgorithms())
                .hostKeyFingerprint(set(c.sshHostKeyFingerprint()) ? c.sshHostKeyFingerprint() : null);
        if (keyPair != null) {
            b.privateKey(keyPair.privateKey());
        }
        if (set(c.sshBastionHost())) {
            boolean ownKey = set(c.sshBastionPrivateKeyFile());
            b.bastion(new SshConfig.Bastion(c.sshBastionHost(), c.sshBastionPort(), c.sshBastionUsername(),
                    set(c.sshBastionPassword()) ? c.sshBastionPassword() : null,
                    KeyPaths.resolve(ownKey ? c.sshBastionPrivateKeyFile() : c.sshPrivateKeyFile(), workingDir),
                    KeyPaths.resolve(ownKey ? c.sshBastionCertificateFile() : c.sshCertificateFile(), workingDir),
                    c.sshBastionAgentAuth(),
                    set(c.sshBastionHostKeyFingerprint()) ? c.sshBastionHostKeyFingerprint() : null,
                    KeyPaths.resolve(c.sshBastionKnownHostsFile(), workingDir)));
        }
        if (set(c.sshProxyHost())) {
            b.proxy(new SshConfig.Proxy(c.sshProxyHost(), c.sshProxyPort(),
                    set(c.sshProxyUsername()) ? c.sshProxyUsername() : null,
                    set(c.sshProxyPassword()) ? c.sshProxyPassword() : null));
        }
        return b.build();
    }

    private static List<TunnelSpec> tunnels(List<String> specs) {
        return specs.stream().map(TunnelSpec::parse).toList();
    }
}
