package io.jenkins.plugins.packer.engine.communicator.connect;

import io.jenkins.plugins.packer.engine.config.Default;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Sensitive;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.time.Duration;
import java.util.List;

/**
 * The communicator settings every builder with a machine embeds ({@code @Squash}), with Packer's names
 * (sdk {@code communicator.Config}: {@code communicator}, {@code pause_before_connecting}, the SSH fields and
 * the WinRM fields). Declared once here; {@link CommunicatorSettings} checks them with Packer's messages and
 * turns them into the SSH communicator's {@link io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig}.
 *
 * <p>{@link #validate} reports Packer's {@code Config.Prepare} errors for the chosen type. WinRM fields are accepted so that templates written for Packer validate, but {@code communicator =
 * "winrm"} is reported as unsupported.
 */
public record CommunicatorConfig(
        @Doc("How provisioners reach the machine: `ssh` (the default), `none` (no connection; local "
                + "provisioners such as `shell-local` still run), or a builder's own (`docker`). `winrm` is not "
                + "supported by this engine.") String communicator,
        @Doc("Wait this long after the first successful connection, then connect again before provisioning.")
        Duration pauseBeforeConnecting,

        @Doc("The address to SSH to.") String sshHost,
        @Doc("The port to connect to SSH.") @Default("22") int sshPort,
        @Doc("The user to connect as. Required with SSH.") String sshUsername,
        @Doc("A password to authenticate with.") @Sensitive String sshPassword,
        @Doc("A private key file (OpenSSH or PEM) to authenticate with; `~` is expanded.") String sshPrivateKeyFile,
        @Doc("A user certificate for the private key; `~` is expanded.") String sshCertificateFile,
        @Doc("A key pair name known to a cloud; accepted, no effect for builders without one.") String sshKeypairName,
        @Doc("Authenticate with the keys of the SSH agent at `SSH_AUTH_SOCK`.") boolean sshAgentAuth,
        @Doc("Accepted; agent forwarding is never done.") boolean sshDisableAgentForwarding,
        @Doc("How long to wait for SSH. Default 5m unless `ssh_handshake_attempts` is set.") Duration sshTimeout,
        @Doc("Deprecated name of `ssh_timeout`.") Duration sshWaitTimeout,
        @Doc("Authentication failures tolerated while waiting. Default 10 unless `ssh_timeout` is set.")
        int sshHandshakeAttempts,
        @Doc("Interval of keep-alive messages; negative disables.") @Default("5s") Duration sshKeepAliveInterval,
        @Doc("How long a remote command may be silent before it is ended; 0 = no limit.")
        Duration sshReadWriteTimeout,
        @Doc("Request a PTY for remote commands.") boolean sshPty,
        @Doc("`scp` or `sftp`.") @Default("scp") String sshFileTransferMethod,
        @Doc("Remove the temporary key from `~/.ssh/authorized_keys` at the end of the build.")
        boolean sshClearAuthorizedKeys,
        @Doc("Allowed ciphers; empty = the engine's order.") List<String> sshCiphers,
        @Doc("Allowed key exchange algorithms; empty = the engine's order.") List<String> sshKeyExchangeAlgorithms,
        @Doc("Tunnels from this machine into the remote network, `port:host:hostport`.") List<String> sshLocalTunnels,
        @Doc("Tunnels from the remote machine back to this one, `port:host:hostport`.")
        List<String> sshRemoteTunnels,

        @Doc("Name of the temporary key pair; default `packer_<uuid>`.") String temporaryKeyPairName,
        @Doc("Type of the temporary key pair: `rsa`, `ecdsa` or `ed25519`.") String temporaryKeyPairType,
        @Doc("Bits of the temporary key pair: rsa 4096, ecdsa 521 by default; ed25519 is fixed.")
        int temporaryKeyPairBits,
        @Doc("Alias of `temporary_key_pair_type`.") String sshTemporaryKeyPairType,
        @Doc("Alias of `temporary_key_pair_bits`.") int sshTemporaryKeyPairBits,

        @Doc("A jump host for the connection.") String sshBastionHost,
        @Doc("The jump host's port.") @Default("22") int sshBastionPort,
        @Doc("Authenticate with the jump host through the SSH agent.") boolean sshBastionAgentAuth,
        @Doc("The jump host user.") String sshBastionUsername,
        @Doc("The jump host password.") @Sensitive String sshBastionPassword,
        @Doc("Accepted; keyboard-interactive authentication with the jump host uses the password.")
        boolean sshBastionInteractive,
        @Doc("A private key for the jump host; default `ssh_private_key_file`.") String sshBastionPrivateKeyFile,
        @Doc("A certificate for the jump host key.") String sshBastionCertificateFile,
        @Doc("Extension: the jump host's key fingerprint (`SHA256:...`); else `ssh_bastion_known_hosts_file`.")
        String sshBastionHostKeyFingerprint,
        @Doc("Extension: known_hosts file the jump host's key is checked against; default `~/.ssh/known_hosts`.")
        String sshBastionKnownHostsFile,

        @Doc("A SOCKS5 proxy for the connection.") String sshProxyHost,
        @Doc("The proxy's port.") @Default("1080") int sshProxyPort,
        @Doc("The proxy user.") String sshProxyUsername,
        @Doc("The proxy password.") @Sensitive String sshProxyPassword,

        @Doc("Extension: pin the build machine's host key (`SHA256:...`) instead of trusting its first key.")
        String sshHostKeyFingerprint,

        @Doc("WinRM user (accepted; WinRM is not supported).") String winrmUsername,
        @Doc("WinRM password (accepted; WinRM is not supported).") @Sensitive String winrmPassword,
        @Doc("WinRM host (accepted; WinRM is not supported).") String winrmHost,
        @Doc("WinRM port (accepted; WinRM is not supported).") int winrmPort,
        @Doc("WinRM timeout (accepted; WinRM is not supported).") Duration winrmTimeout,
        @Doc("WinRM over HTTPS (accepted; WinRM is not supported).") boolean winrmUseSsl,
        @Doc("WinRM without certificate checks (accepted; WinRM is not supported).") boolean winrmInsecure,
        @Doc("WinRM with NTLM (accepted; WinRM is not supported).") boolean winrmUseNtlm,
        @Doc("WinRM bypassing proxies (accepted; WinRM is not supported).") boolean winrmNoProxy)
        implements Validated {

    public CommunicatorConfig {
        sshCiphers = sshCiphers == null ? List.of() : sshCiphers;
        sshKeyExchangeAlgorithms = sshKeyExchangeAlgorithms == null ? List.of() : sshKeyExchangeAlgorithms;
        sshLocalTunnels = sshLocalTunnels == null ? List.of() : sshLocalTunnels;
        sshRemoteTunnels = sshRemoteTunnels == null ? List.of() : sshRemoteTunnels;
    }

    /** The communicator type with Packer's default: {@code ssh} when unset or empty. */
    public String type() {
        return communicator == null || communicator.isEmpty() ? "ssh" : communicator;
    }

    /** The temporary key pair type asked for ({@code temporary_key_pair_type} or its alias), or null. */
    public String keyPairType() {
        return set(temporaryKeyPairType) ? temporaryKeyPairType
                : set(sshTemporaryKeyPairType) ? sshTemporaryKeyPairType : null;
    }

    /** The temporary key pair bits asked for, 0 for the type's default. */
    public int keyPairBits() {
        return temporaryKeyPairBits != 0 ? temporaryKeyPairBits : sshTemporaryKeyPairBits;
    }

    @Override
    public void validate(Validation v) {
        if (v.isUnknown("communicator")) {
            return;
        }
        switch (type()) {
            case "ssh" -> new SshRules(this, v).check();
            case "none", "docker", "dockerWindowsContainer" -> {
            }
            case "winrm" -> v.error("communicator", "Unsupported communicator \"winrm\"",
                    "This engine has no WinRM communicator; use \"ssh\" or \"none\".");
            default -> v.error("communicator", "Communicator type " + type() + " is invalid",
                    "Valid types: ssh, none (docker with the docker builder).");
        }
    }

    static boolean set(String s) {
        return s != null && !s.isEmpty();
    }

    @Override
    public String toString() {
        // never print secrets
        return "CommunicatorConfig[" + type() + " " + sshUsername + "@" + sshHost + ":" + sshPort + "]";
    }
}
