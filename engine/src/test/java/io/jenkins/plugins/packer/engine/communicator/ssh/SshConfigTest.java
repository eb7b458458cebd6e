package io.jenkins.plugins.packer.engine.communicator.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SshConfigTest {

    @Test
    void packerDefaults() {
        SshConfig c = SshConfig.builder().host("h").username("u").build();
        assertThat(c.port()).isEqualTo(22);
        assertThat(c.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.handshakeAttempts()).isEqualTo(10);
        assertThat(c.keepAliveInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.readWriteTimeout()).isEqualTo(Duration.ZERO);
        assertThat(c.fileTransferMethod()).isEqualTo(SshConfig.FileTransferMethod.SCP);
        assertThat(c.pty()).isFalse();
        assertThat(c.validate()).isEmpty();
        assertThat(new SshConfig.Bastion("b", 0, null, null, null, null, false, null, null).port()).isEqualTo(22);
        assertThat(new SshConfig.Proxy("p", 0, null, null).port()).isEqualTo(1080);
    }

    @Test
    void validationMessagesAsPacker() {
        SshConfig c = SshConfig.builder().host("h")
                .bastion(new SshConfig.Bastion("b", 22, "u", null, null, null, false, null, null))
                .proxy(new SshConfig.Proxy("p", 1080, null, null))
                .privateKeyFile(Path.of("/no/such/key")).build();
        assertThat(c.validate()).containsExactly(
                "An ssh_username must be specified\n  Note: some builders used to default ssh_username to \"root\".",
                "ssh_private_key_file is invalid: stat /no/such/key: no such file or directory",
                "ssh_bastion_password or ssh_bastion_private_key_file must be specified",
                "please specify either ssh_bastion_host or ssh_proxy_host, not both");
    }

    @Test
    void toStringHidesSecrets() {
        SshConfig c = SshConfig.builder().host("h").username("u").password("hunter2").privateKey("KEY").build();
        assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("KEY").contains("u@h:22");
        assertThat(c.toBuilder().port(2222).build().port()).isEqualTo(2222);
    }

    @Test
    void tunnelSpecs() {
        assertThat(TunnelSpec.parse("8080:localhost:80"))
                .isEqualTo(new TunnelSpec("127.0.0.1", 8080, "localhost", 80));
        assertThat(TunnelSpec.parse("0.0.0.0:9000:db:5432").toString()).isEqualTo("0.0.0.0:9000:db:5432");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TunnelSpec.parse("x:h:1"))
                .hasMessage("tunnel 'x:h:1' is invalid: bad port 'x'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TunnelSpec.parse("1:h:70000"))
                .hasMessage("tunnel '1:h:70000' is invalid: bad port '70000'");
    }

    @Test
    void cipherSelectionKeepsOrderAndRefusesUnknownOnlyLists() {
        var all = new net.schmizz.sshj.DefaultConfig().getCipherFactories();
        var picked = SshTuning.select(all, List.of("aes256-ctr", "aes128-gcm@openssh.com"), true);
        assertThat(picked).extracting(f -> f.getName()).containsExactly("aes256-ctr", "aes128-gcm@openssh.com");
        var preferred = SshTuning.select(all, List.of("aes128-gcm@openssh.com"), false);
        assertThat(preferred.get(0).getName()).isEqualTo("aes128-gcm@openssh.com");
        assertThat(preferred).hasSameSizeAs(all);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SshTuning.select(all, List.of("rot13"), true))
                .hasMessageStartingWith("none of [rot13] is supported; supported: [");
        SshConfig c = SshConfig.builder().host("h").username("u").build();
        assertThat(SshTuning.config(c).getCipherFactories().get(0).getName()).isEqualTo("aes128-ctr");
        assertThat(SshTuning.config(c).getMACFactories().get(0).getName()).isEqualTo("hmac-sha2-256-etm@openssh.com");
    }

    @Test
    void remoteShellQuoting() {
        assertThat(RemoteShell.quotePath("/tmp/it's")).isEqualTo("'/tmp/it'\"'\"'s'");
        assertThat(RemoteShell.quotePath("~/a b")).isEqualTo("~/'a b'");
        assertThat(RemoteShell.quotePath("~")).isEqualTo("~");
        assertThat(RemoteShell.sftpPath("~/x")).isEqualTo("x");
        assertThat(RemoteShell.sftpPath("~")).isEqualTo(".");
        assertThat(RemoteShell.sftpPath("/abs")).isEqualTo("/abs");
    }
}
