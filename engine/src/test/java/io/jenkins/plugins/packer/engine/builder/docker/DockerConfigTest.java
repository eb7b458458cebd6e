package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerConfigTest {

    private Diagnostics diags = new Diagnostics();

    private Decoded<DockerConfig> decode(String src) {
        diags = new Diagnostics();
        ParseResult parsed = HclParser.parseFile(src.getBytes(StandardCharsets.UTF_8), "t.pkr.hcl");
        assertThat(parsed.diags().hasErrors()).as(parsed.diags().toString()).isFalse();
        return ConfigDecoder.decode(ConfigSchema.of(DockerConfig.class), parsed.body(), EvalContext.empty(), diags);
    }

    private List<String> errors() {
        return all().stream().filter(d -> d.severity() == io.jenkins.plugins.packer.engine.hcl.Severity.ERROR)
                .map(Diagnostic::summary).toList();
    }

    private List<Diagnostic> all() {
        List<Diagnostic> out = new java.util.ArrayList<>();
        diags.forEach(out::add);
        return out;
    }

    @Test
    void defaultsAsPacker() {
        DockerConfig c = decode("image = \"busybox\"\ncommit = true\n").config();
        assertThat(errors()).isEmpty();
        assertThat(c.pullEnabled()).isTrue();
        assertThat(c.effectiveRunCommand()).isEqualTo(DockerConfig.DEFAULT_RUN_COMMAND);
        assertThat(c.effectiveContainerDir()).isEqualTo("/packer-files");
        assertThat(c.fixOwner()).isTrue();
        assertThat(c.auth()).isNull();
        assertThat(c.communicator()).isEqualTo("docker");
    }

    @Test
    void exactlyOneWayToKeepTheResult() {
        decode("image = \"busybox\"\n");
        assertThat(errors()).containsExactly(DockerConfig.ARTIFACT_NOT_USED);
        decode("image = \"busybox\"\ncommit = true\nexport_path = \"x.tar\"\n");
        assertThat(errors()).containsExactly(DockerConfig.ARTIFACT_CONFLICT);
        decode("image = \"busybox\"\ncommit = true\ndiscard = true\n");
        assertThat(errors()).containsExactly(DockerConfig.ARTIFACT_CONFLICT);
        decode("image = \"busybox\"\ndiscard = true\n");
        assertThat(errors()).isEmpty();
    }

    @Test
    void reportsWhatThisEngineCannotDo() {
        decode("""
                image = ""
                commit = true
                changes = ["ENV A=1", "RUN apt-get update", ""]
                ecr_login = true
                windows_container = true
                communicator = "ssh"
                run_command = ["--memory=1g", "{{.Image}}"]
                cap_add = ["NOT_A_CAP"]
                """);
        assertThat(errors()).contains("Image must be specified", "RUN is not a valid change command",
                "Empty change", "ECR login requires login server to be provided.", "ecr_login is not available",
                "Windows containers are not supported", "Unsupported communicator \"ssh\"", "Invalid run_command",
                "Unknown Linux capability \"NOT_A_CAP\"");
    }

    @Test
    void loginPasswordIsASecret() {
        Decoded<DockerConfig> d = decode("""
                image = "registry.example.com/app"
                discard = true
                login = true
                login_server = "registry.example.com"
                login_username = "ci"
                login_password = "s3cr3t-pw"
                docker_path = "/usr/bin/docker"
                """);
        assertThat(errors()).isEmpty();
        assertThat(d.secrets()).contains("s3cr3t-pw");
        assertThat(d.config().auth()).isEqualTo(new RegistryAuth("registry.example.com", "ci", "s3cr3t-pw"));
        assertThat(d.config().auth().toString()).doesNotContain("s3cr3t-pw");
        assertThat(all().stream().map(Diagnostic::summary)).contains("docker_path is ignored");
    }
}
