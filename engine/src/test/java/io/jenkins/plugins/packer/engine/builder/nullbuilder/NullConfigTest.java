package io.jenkins.plugins.packer.engine.builder.nullbuilder;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.Configs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The null builder's configuration: the communicator fields squashed in, with Packer's checks and messages. */
class NullConfigTest {

    @TempDir
    Path dir;

    private Configs.Result<NullConfig> decode(String hcl) {
        return Configs.decode(NullConfig.class, hcl);
    }

    @Test
    void communicatorNoneNeedsNothingElse() {
        Configs.Result<NullConfig> r = decode("communicator = \"none\"\n");
        assertThat(r.errors()).isEmpty();
        assertThat(r.config().communicator()).isEqualTo("none");
    }

    @Test
    void sshIsTheDefaultAndNeedsHostUserAndOneAuthenticationMethod() {
        assertThat(decode("").errors()).containsExactly(
                "An ssh_username must be specified",
                "a Host must be specified, please reference your communicator documentation",
                "a Username must be specified, please reference your communicator documentation",
                "one authentication method must be specified, please reference your communicator documentation");
    }

    @Test
    void exactlyOneAuthenticationMethod() throws Exception {
        Path key = Files.writeString(dir.resolve("key"), "x");
        Configs.Result<NullConfig> r = decode("""
                ssh_host = "h"
                ssh_username = "u"
                ssh_password = "p"
                ssh_private_key_file = "%s"
                """.formatted(key));
        assertThat(r.errors()).containsExactly(
                "only one of ssh_agent_auth, ssh_password, and ssh_private_key_file must be specified");
        Configs.Result<NullConfig> ok = decode("ssh_host = \"h\"\nssh_username = \"u\"\nssh_password = \"p\"\n");
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.config().comm().sshPort()).isEqualTo(22);
        assertThat(ok.config().comm().sshFileTransferMethod()).isEqualTo("scp");
        assertThat(ok.config().communicator()).isEqualTo("ssh");
    }

    @Test
    void packersCommunicatorChecks() {
        Configs.Result<NullConfig> r = decode("""
                ssh_host = "h"
                ssh_username = "u"
                ssh_password = "p"
                ssh_certificate_file = "/c"
                ssh_file_transfer_method = "rsync"
                ssh_bastion_host = "b"
                ssh_proxy_host = "p"
                ssh_local_tunnels = ["1:2"]
                temporary_key_pair_type = "dsa"
                ssh_port = 70000
                ssh_private_key_file = "/definitely/missing/key"
                """);
        assertThat(r.errors()).contains(
                "ssh_private_key_file is invalid: stat /definitely/missing/key: no such file or directory",
                "ssh_file_transfer_method ('rsync') is invalid, valid methods: sftp, scp",
                "please specify either ssh_bastion_host or ssh_proxy_host, not both",
                "ssh_local_tunnels ('1:2') is invalid: tunnel '1:2' is invalid: expected port:host:hostport or"
                        + " bindaddr:port:host:hostport",
                "ssh_port (70000) is invalid: must be between 1 and 65535");
        assertThat(r.errors()).anyMatch(e -> e.startsWith("temporary_key_pair_type \"dsa\" is not supported"));
        assertThat(decode("ssh_host = \"h\"\nssh_username = \"u\"\nssh_password = \"p\"\nssh_bastion_host = \"b\"\n")
                .errors()).containsExactly(
                "ssh_bastion_password, ssh_bastion_private_key_file or ssh_bastion_agent_auth must be specified");
        assertThat(decode("ssh_host = \"h\"\nssh_username = \"u\"\nssh_agent_auth = true\n"
                + "ssh_certificate_file = \"/c\"\n").errors())
                .containsExactly("ssh_private_key_file must be specified if ssh_certificate_file is specified");
    }

    @Test
    void winrmAndUnknownTypesAreRejected() {
        assertThat(decode("communicator = \"winrm\"\nwinrm_username = \"u\"\n").errors())
                .contains("Unsupported communicator \"winrm\"");
        assertThat(decode("communicator = \"telnet\"\n").errors()).contains("Communicator type telnet is invalid");
    }

    @Test
    void passwordsAreSecrets() {
        Configs.Result<NullConfig> r = decode("ssh_host = \"h\"\nssh_username = \"u\"\nssh_password = \"pw\"\n");
        assertThat(r.config().toString()).doesNotContain("pw");
    }
}
