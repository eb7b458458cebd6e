package io.jenkins.plugins.packer.engine.communicator.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SSH communicator's settings, with Packer's field names (sdk {@code communicator/config.go}) and defaults.
 * Build one with {@link #builder()}; {@link #validate()} gives Packer's error messages.
 *
 * <table>
 * <caption>Packer field → component (default)</caption>
 * <tr><td>ssh_host</td><td>host</td></tr>
 * <tr><td>ssh_port</td><td>port (22)</td></tr>
 * <tr><td>ssh_username</td><td>username (required)</td></tr>
 * <tr><td>ssh_password</td><td>password</td></tr>
 * <tr><td>ssh_private_key_file</td><td>privateKeyFile</td></tr>
 * <tr><td>(temporary key pair, build.SSHPrivateKey)</td><td>privateKey: key text, used like a key file</td></tr>
 * <tr><td>ssh_certificate_file</td><td>certificateFile</td></tr>
 * <tr><td>ssh_agent_auth</td><td>agentAuth (false): keys of the agent at SSH_AUTH_SOCK</td></tr>
 * <tr><td>ssh_timeout</td><td>timeout (5m)</td></tr>
 * <tr><td>ssh_handshake_attempts</td><td>handshakeAttempts (10; counts authentication failures)</td></tr>
 * <tr><td>ssh_keep_alive_interval</td><td>keepAliveInterval (5s; zero or negative disables)</td></tr>
 * <tr><td>ssh_read_write_timeout</td><td>readWriteTimeout (0 = none)</td></tr>
 * <tr><td>ssh_pty</td><td>pty (false)</td></tr>
 * <tr><td>ssh_disable_agent_forwarding</td><td>disableAgentForwarding (accepted; agent forwarding is never
 * done, sshj cannot)</td></tr>
 * <tr><td>ssh_bastion_*</td><td>bastion (null = none); extensions ssh_bastion_host_key_fingerprint and
 * ssh_bastion_known_hosts_file</td></tr>
 * <tr><td>ssh_proxy_*</td><td>proxy (null = none)</td></tr>
 * <tr><td>ssh_file_transfer_method</td><td>fileTransferMethod (scp)</td></tr>
 * <tr><td>ssh_clear_authorized_keys</td><td>clearAuthorizedKeys (false)</td></tr>
 * <tr><td>ssh_local_tunnels / ssh_remote_tunnels</td><td>localTunnels / remoteTunnels ("port:host:hostport")</td></tr>
 * <tr><td>ssh_ciphers / ssh_key_exchange_algorithms</td><td>ciphers / keyExchangeAlgorithms (empty = ours)</td></tr>
 * <tr><td>(extension) ssh_host_key_fingerprint</td><td>hostKeyFingerprint: pin the build host's key up front</td></tr>
 * </table>
 */
public record SshConfig(
        String host,
        int port,
        String username,
        String password,
        Path privateKeyFile,
        String privateKey,
        Path certificateFile,
        boolean agentAuth,
        Duration timeout,
        int handshakeAttempts,
        Duration keepAliveInterval,
        Duration readWriteTimeout,
        boolean pty,
        boolean disableAgentForwarding,
        Bastion bastion,
        Proxy proxy,
        FileTransferMethod fileTransferMethod,
        boolean clearAuthorizedKeys,
        List<TunnelSpec> localTunnels,
        List<TunnelSpec> remoteTunnels,
        List<String> ciphers,
        List<String> keyExchangeAlgorithms,
        String hostKeyFingerprint) {

    /** {@code ssh_file_transfer_method}. */
    public enum FileTransferMethod { SCP, SFTP }

    /**
     * The jump host ({@code ssh_bastion_host}, {@code _port} (22), {@code _username}, {@code _password},
     * {@code _private_key_file}, {@code _certificate_file}, {@code _agent_auth}). Its host key is verified
     * against {@code hostKeyFingerprint} (e.g. {@code SHA256:...}) if given, else against {@code knownHostsFile}
     * (default {@code ~/.ssh/known_hosts}); see docs/security.md.
     */
    public record Bastion(String host, int port, String username, String password, Path privateKeyFile,
            Path certificateFile, boolean agentAuth, String hostKeyFingerprint, Path knownHostsFile) {
        public Bastion {
            Objects.requireNonNull(host, "host");
            if (port == 0) {
                port = 22;
            }
        }
    }

    /** A SOCKS5 proxy ({@code ssh_proxy_host}, {@code _port} (1080), {@code _username}, {@code _password}). */
    public record Proxy(String host, int port, String username, String password) {
        public Proxy {
            Objects.requireNonNull(host, "host");
            if (port == 0) {
                port = 1080;
            }
        }
    }

    public SshConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
        Objects.requireNonNull(readWriteTimeout, "readWriteTimeout");
        Objects.requireNonNull(fileTransferMethod, "fileTransferMethod");
        localTunnels = List.copyOf(localTunnels);
        remoteTunnels = List.copyOf(remoteTunnels);
        ciphers = List.copyOf(ciphers);
        keyExchangeAlgorithms = List.copyOf(keyExchangeAlgorithms);
    }

    /** A builder with Packer's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Packer's validation messages for this configuration; empty if it is usable. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        if (username == null || username.isEmpty()) {
            errors.add("An ssh_username must be specified\n  Note: some builders used to default ssh_username to \"root\".");
        }
        if (host == null || host.isEmpty()) {
            errors.add("ssh_host must be specified");
        }
        if (port <= 0 || port > 65535) {
            errors.add("ssh_port (" + port + ") is invalid: must be between 1 and 65535");
        }
        if (privateKeyFile != null && !java.nio.file.Files.isReadable(privateKeyFile)) {
            errors.add("ssh_private_key_file is invalid: stat " + privateKeyFile + ": no such file or directory");
        }
        if (certificateFile != null && !java.nio.file.Files.isReadable(certificateFile)) {
            errors.add("ssh_certificate_file is invalid: stat " + certificateFile + ": no such file or directory");
        }
        if (bastion != null && !bastion.agentAuth() && bastion.password() == null && bastion.privateKeyFile() == null) {
            errors.add("ssh_bastion_password or ssh_bastion_private_key_file must be specified");
        }
        if (bastion != null && proxy != null) {
            errors.add("please specify either ssh_bastion_host or ssh_proxy_host, not both");
        }
        if (handshakeAttempts <= 0) {
            errors.add("ssh_handshake_attempts must be positive");
        }
        return errors;
    }

    /** Collects settings; unset ones keep Packer's defaults. */
    public static final class Builder {
        private String host;
        private int port = 22;
        private String username;
        private String password;
        private Path privateKeyFile;
        private String privateKey;
        private Path certificateFile;
        private boolean agentAuth;
        private Duration timeout = Duration.ofMinutes(5);
        private int handshakeAttempts = 10;
        private Duration keepAliveInterval = Duration.ofSeconds(5);
        private Duration readWriteTimeout = Duration.ZERO;
        private boolean pty;
        private boolean disableAgentForwarding;
        private Bastion bastion;
        private Proxy proxy;
        private FileTransferMethod fileTransferMethod = FileTransferMethod.SCP;
        private boolean clearAuthorizedKeys;
        private List<TunnelSpec> localTunnels = List.of();
        private List<TunnelSpec> remoteTunnels = List.of();
        private List<String> ciphers = List.of();
        private List<String> keyExchangeAlgorithms = List.of();
        private String hostKeyFingerprint;

        private Builder() {
        }

        private Builder(SshConfig c) {
            host = c.host; port = c.port; username = c.username; password = c.password;
            privateKeyFile = c.privateKeyFile; privateKey = c.privateKey; certificateFile = c.certificateFile;
            agentAuth = c.agentAuth; timeout = c.timeout; handshakeAttempts = c.handshakeAttempts;
            keepAliveInterval = c.keepAliveInterval; readWriteTimeout = c.readWriteTimeout; pty = c.pty;
            disableAgentForwarding = c.disableAgentForwarding; bastion = c.bastion; proxy = c.proxy;
            fileTransferMethod = c.fileTransferMethod; clearAuthorizedKeys = c.clearAuthorizedKeys;
            localTunnels = c.localTunnels; remoteTunnels = c.remoteTunnels; ciphers = c.ciphers;
            keyExchangeAlgorithms = c.keyExchangeAlgorithms; hostKeyFingerprint = c.hostKeyFingerprint;
        }

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder username(String v) { username = v; return this; }
        public Builder password(String v) { password = v; return this; }
        public Builder privateKeyFile(Path v) { privateKeyFile = v; return this; }
        /** Private key text (OpenSSH or PEM), e.g. a temporary key pair's {@link TemporaryKeyPair#privateKey()}. */
        public Builder privateKey(String v) { privateKey = v; return this; }
        public Builder certificateFile(Path v) { certificateFile = v; return this; }
        public Builder agentAuth(boolean v) { agentAuth = v; return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder handshakeAttempts(int v) { handshakeAttempts = v; return this; }
        public Builder keepAliveInterval(Duration v) { keepAliveInterval = v; return this; }
        public Builder readWriteTimeout(Duration v) { readWriteTimeout = v; return this; }
        public Builder pty(boolean v) { pty = v; return this; }
        public Builder disableAgentForwarding(boolean v) { disableAgentForwarding = v; return this; }
        public Builder bastion(Bastion v) { bastion = v; return this; }
        public Builder proxy(Proxy v) { proxy = v; return this; }
        public Builder fileTransferMethod(FileTransferMethod v) { fileTransferMethod = v; return this; }
        public Builder clearAuthorizedKeys(boolean v) { clearAuthorizedKeys = v; return this; }
        public Builder localTunnels(List<TunnelSpec> v) { localTunnels = v; return this; }
        public Builder remoteTunnels(List<TunnelSpec> v) { remoteTunnels = v; return this; }
        public Builder ciphers(List<String> v) { ciphers = v; return this; }
        public Builder keyExchangeAlgorithms(List<String> v) { keyExchangeAlgorithms = v; return this; }
        public Builder hostKeyFingerprint(String v) { hostKeyFingerprint = v; return this; }

        public SshConfig build() {
            return new SshConfig(host, port, username, password, privateKeyFile, privateKey, certificateFile,
                    agentAuth, timeout, handshakeAttempts, keepAliveInterval, readWriteTimeout, pty,
                    disableAgentForwarding, bastion, proxy, fileTransferMethod, clearAuthorizedKeys, localTunnels,
                    remoteTunnels, ciphers, keyExchangeAlgorithms, hostKeyFingerprint);
        }
    }

    @Override
    public String toString() {
        // never print secrets
        return "SshConfig[" + username + "@" + host + ":" + port + ", method=" + fileTransferMethod
                + (bastion != null ? ", bastion=" + bastion.host() + ":" + bastion.port() : "")
                + (proxy != null ? ", proxy=" + proxy.host() + ":" + proxy.port() : "") + "]";
    }
}
