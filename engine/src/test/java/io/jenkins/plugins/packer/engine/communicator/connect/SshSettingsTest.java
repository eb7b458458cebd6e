package io.jenkins.plugins.packer.engine.communicator.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.communicator.ssh.SshConfig;
import io.jenkins.plugins.packer.engine.communicator.ssh.TemporaryKeyPair;
import io.jenkins.plugins.packer.engine.communicator.ssh.TunnelSpec;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.testing.Configs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template communicator settings to the SSH communicator's settings, with Packer's defaults. */
class SshSettingsTest {

    private static final Path WORK = Path.of("/work/dir");

    private static CommunicatorConfig comm(String hcl) {
        Configs.Result<CommunicatorConfig> r = Configs.decode(CommunicatorConfig.class,
                "ssh_host = \"h\"\nssh_username = \"u\"\nssh_password = \"pw\"\n" + hcl);
        assertThat(r.errors()).isEmpty();
        return r.config();
    }

    @Test
    void packersTimeoutAndAttemptDefaults() {
        SshConfig none = SshSettings.toSshConfig(comm(""), WORK, null, 0, null);
        assertThat(none.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(none.handshakeAttempts()).isEqualTo(10);
        SshConfig timeoutOnly = SshSettings.toSshConfig(comm("ssh_timeout = \"7s\"\n"), WORK, null, 0, null);
        assertThat(timeoutOnly.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(timeoutOnly.handshakeAttempts()).isEqualTo(Integer.MAX_VALUE);
        SshConfig attemptsOnly = SshSettings.toSshConfig(comm("ssh_handshake_attempts = 3\n"), WORK, null, 0, null);
        assertThat(attemptsOnly.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(attemptsOnly.handshakeAttempts()).isEqualTo(3);
        SshConfig old = SshSettings.toSshConfig(comm("ssh_timeout = \"7s\"\nssh_wait_timeout = \"9s\"\n"), WORK,
                null, 0, null);
        assertThat(old.timeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(none.keepAliveInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(none.fileTransferMethod()).isEqualTo(SshConfig.FileTransferMethod.SCP);
    }

    @Test
    void fieldsPathsBastionAndProxy() {
        CommunicatorConfig c = comm("""
                ssh_port = 2222
                ssh_private_key_file = "keys/id"
                ssh_file_transfer_method = "sftp"
                ssh_pty = true
                ssh_local_tunnels = ["8080:localhost:80"]
                ssh_bastion_host = "jump"
                ssh_bastion_username = "j"
                ssh_host_key_fingerprint = "SHA256:abc"
                """);
        SshConfig s = SshSettings.toSshConfig(c, WORK, null, 0, null);
        assertThat(s.host()).isEqualTo("h");
        assertThat(s.port()).isEqualTo(2222);
        assertThat(s.password()).isEqualTo("pw");
        assertThat(s.privateKeyFile()).isEqualTo(Path.of("/work/dir/keys/id"));
        assertThat(s.fileTransferMethod()).isEqualTo(SshConfig.FileTransferMethod.SFTP);
        assertThat(s.pty()).isTrue();
        assertThat(s.localTunnels()).containsExactly(TunnelSpec.parse("8080:localhost:80"));
        assertThat(s.hostKeyFingerprint()).isEqualTo("SHA256:abc");
        // the bastion uses ssh_private_key_file when it has no key of its own, and port 22
        assertThat(s.bastion().host()).isEqualTo("jump");
        assertThat(s.bastion().port()).isEqualTo(22);
        assertThat(s.bastion().username()).isEqualTo("j");
        assertThat(s.bastion().privateKeyFile()).isEqualTo(Path.of("/work/dir/keys/id"));
        // the builder's own address wins over ssh_host/ssh_port
        SshConfig at = SshSettings.toSshConfig(c, WORK, "10.0.0.9", 4444, null);
        assertThat(at.host()).isEqualTo("10.0.0.9");
        assertThat(at.port()).isEqualTo(4444);
        SshConfig proxied = SshSettings.toSshConfig(comm("ssh_proxy_host = \"socks\"\n"), WORK, null, 0, null);
        assertThat(proxied.proxy().port()).isEqualTo(1080);
    }

    @Test
    void buildValuesComeFromTheConnectionAndTheKeyPair() {
        CommunicatorConfig c = comm("");
        StateBag state = new StateBag();
        assertThat(BuildValues.of(c, state)).isEqualTo(Map.of("ConnType", "ssh"));
        TemporaryKeyPair pair = TemporaryKeyPair.generate(TemporaryKeyPair.Type.ED25519, 0);
        state.put(ConnectState.SSH_CONFIG, SshSettings.toSshConfig(c, WORK, null, 0, pair));
        state.put(ConnectState.KEY_PAIR, pair);
        Map<String, String> v = BuildValues.of(c, state);
        assertThat(v).containsEntry("Host", "h").containsEntry("Port", "22").containsEntry("User", "u")
                .containsEntry("Password", "pw").containsEntry("SSHPublicKey", pair.publicKey())
                .containsEntry("SSHPrivateKey", pair.privateKey()).containsEntry("SSHAgentAuth", "false")
                .containsEntry("SSHPrivateKeyFile", "");
        assertThat(List.copyOf(v.keySet())).startsWith("ConnType", "Host", "Port");
    }
}
