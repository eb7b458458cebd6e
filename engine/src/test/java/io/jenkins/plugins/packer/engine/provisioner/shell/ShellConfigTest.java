package io.jenkins.plugins.packer.engine.provisioner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.testing.Configs;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shell provisioner's configuration checks and the variables its scripts get. */
class ShellConfigTest {

    private static Configs.Result<ShellConfig> decode(String hcl) {
        return Configs.decode(ShellConfig.class, hcl);
    }

    @Test
    void packersSourceRules() {
        assertThat(decode("").errors()).containsExactly("Either a script file or inline script must be specified.");
        assertThat(decode("inline = []\n").errors())
                .containsExactly("Either a script file or inline script must be specified.");
        assertThat(decode("script = \"a\"\nscripts = [\"b\"]\n").errors())
                .containsExactly("Only one of script or scripts can be specified.");
        assertThat(decode("script = \"a\"\ninline = [\"x\"]\n").errors())
                .containsExactly("Only a script file or an inline script can be specified, not both.");
        assertThat(decode("inline = [\"x\"]\nenvironment_vars = [\"=v\", \"NOEQ\", \"OK=1\"]\n").errors())
                .containsExactly("Environment variable not in format 'key=value': =v",
                        "Environment variable not in format 'key=value': NOEQ");
        assertThat(decode("inline = [\"x\"]\nstart_retry_timeout = \"10m\"\nvalid_exit_codes = [0, 2300218]\n")
                .errors()).isEmpty();
    }

    @Test
    void variablesAreSortedEscapedAndEnvWins() throws Exception {
        ShellConfig c = decode("""
                inline = ["x"]
                environment_vars = ["B=it's", "A=1", "C=c=d"]
                env = { A = "from env" }
                """).config();
        BuildInfo info = new BuildInfo("null.ssh", "ssh", "null", "run", Map.of());
        Map<String, String> data = new HashMap<>(new ProvisionTarget("ssh", Map.of()).completeData("run"));
        assertThat(ShellEnv.flatten(c, info, data, "%s='%s' ")).isEqualTo(
                "A='from env' B='it'\"'\"'s' C='c=d' PACKER_BUILDER_TYPE='null' PACKER_BUILD_NAME='ssh' ");
        data.put("PackerHTTPIP", "10.0.2.2");
        data.put("PackerHTTPPort", "8080");
        assertThat(ShellEnv.flatten(c, info, data, "export %s='%s'\n"))
                .contains("export PACKER_HTTP_IP='10.0.2.2'\nexport PACKER_HTTP_PORT='8080'\n")
                .doesNotContain("PACKER_HTTP_ADDR");
    }
}
