package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init}: required plugins checked against the built-in components; messages and exit codes. */
class InitCommandTest {

    @TempDir
    Path dir;

    record QemuConfig(String isoUrl) {
    }

    record Run(int exitCode, String out, String err) {
    }

    private static ComponentRegistry registry() {
        return BuiltinComponents.registry().replace(ComponentType.of(ComponentKind.BUILDER, "qemu",
                "github.com/hashicorp/qemu", QemuConfig.class));
    }

    private Run init(Path template) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Init.run(new TemplateInputs(template, List.of(), Map.of(), List.of(), List.of()),
                new EngineEnvironment(Map.of(), dir, registry(), "1.16.0", Instant.now()),
                new CommandOutput(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void providedPluginIsReported() throws IOException {
        Run r = init(write("t.pkr.hcl", "packer {\n  required_plugins {\n    qemu = {\n      version = \">= 1.1.0\"\n"
                + "      source  = \"github.com/hashicorp/qemu\"\n    }\n  }\n}\n"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Plugin github.com/hashicorp/qemu (>= 1.1.0) is built into this engine: "
                + "builder qemu.\n");
    }

    @Test
    void missingPluginIsAnErrorNamingWhatExists() throws IOException {
        Path t = write("t.pkr.hcl", "packer {\n  required_plugins {\n    hyperv = {\n"
                + "      source = \"github.com/hashicorp/hyperv\"\n    }\n  }\n}\n");
        Run r = init(t);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: Plugin not provided: github.com/hashicorp/hyperv\n\n  on " + t
                + " line 3:\n  (source code not available)\n\nThis engine has its components built in and "
                + "downloads nothing. Plugins whose components it provides: ")
                .contains("github.com/hashicorp/qemu").endsWith(".\n\n\n");
    }

    @Test
    void noRequirements() throws IOException {
        Run r = init(write("t.pkr.hcl", "source \"null\" \"a\" {\n  communicator = \"none\"\n}\n"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(Init.NO_REQUIREMENTS + "\n");
    }

    @Test
    void legacyJsonIsNotSupported() throws IOException {
        Run r = init(write("t.json", "{\"builders\": [{\"type\": \"null\"}]}"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: Packer init is supported for HCL2 configuration templates only\n\n");
    }

    @Test
    void badSourceAndSyntaxErrors() throws IOException {
        Run bad = init(write("a.pkr.hcl", "packer {\n  required_plugins {\n    x = { source = \"https://x/y\" }\n"
                + "  }\n}\n"));
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).startsWith("Error: Invalid plugin source");
        Run syntax = init(write("b.pkr.hcl", "packer {\n"));
        assertThat(syntax.exitCode()).isEqualTo(1);
        assertThat(syntax.err()).startsWith("Error: ").contains("b.pkr.hcl line 1");
    }

    @Test
    void bentoNamesEveryPluginItLacks() {
        Run r = init(Corpus.dir("chef-bento").resolve("packer_templates"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().split("(?m)^Error: Plugin not provided: ", -1)).hasSize(9);
        assertThat(r.err()).doesNotContain("github.com/hashicorp/qemu\n");
        assertThat(r.out()).contains("Plugin github.com/hashicorp/qemu (>= 1.1.0) is built into this engine");
    }
}
