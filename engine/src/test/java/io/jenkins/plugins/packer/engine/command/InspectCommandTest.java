package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.Corpus;
import io.jenkins.plugins.packer.engine.testing.PackerCommandComponents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packer's command/inspect_test.go cases (exact output) and the packer 1.6.6 transcripts of
 * shared/corpus/packer-1.6.6-transcripts (inspect.out.txt, inspect-legacy.out.txt).
 */
class InspectCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    static Path fixtures() {
        return Corpus.dir("packer-command").resolve("command/test-fixtures");
    }

    static Run inspect(Path cwd, Map<String, String> env, Path template, String... vars) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String v : vars) {
            String[] kv = v.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Inspect.run(new TemplateInputs(template, List.of(), values, List.of(), List.of()),
                new EngineEnvironment(env, cwd, PackerCommandComponents.registry(), "1.16.0", Instant.now()),
                new CommandOutput(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(code, out.toString(), err.toString());
    }

    static Run inspect(Path template, String... vars) {
        return inspect(fixtures().getParent(), Map.of(), template, vars);
    }

    private static final String FRUIT_BUILD = "> builds:\n\n  > <unnamed build 0>:\n\n    sources:\n\n"
            + "      null.builder\n\n    provisioners:\n\n      shell-local\n\n    post-processors:\n\n"
            + "      <no post-processor>\n\n";

    @Test
    void unsetVariableIsUnknown() {
        Run r = inspect(fixtures().resolve("var-arg/fruit_builder.pkr.hcl"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Packer Inspect: HCL2 mode\n\n> input-variables:\n\nvar.fruit: \"<unknown>\"\n\n"
                + "> local-variables:\n\nlocal.fruit: \"<unknown>\"\n\n" + FRUIT_BUILD);
    }

    @Test
    void variableFromCommandLine() {
        Run r = inspect(fixtures().resolve("var-arg/fruit_builder.pkr.hcl"), "fruit=banana");
        assertThat(r.out()).isEqualTo("Packer Inspect: HCL2 mode\n\n> input-variables:\n\nvar.fruit: \"banana\"\n\n"
                + "> local-variables:\n\nlocal.fruit: \"banana\"\n\n" + FRUIT_BUILD);
    }

    @Test
    void valuesOfEveryKind() {
        Run r = inspect(fixtures().resolve("hcl/inspect/fruit_string.pkr.hcl"), "fruit=peach",
                "unknown_string=also_peach", "unknown_unknown=[\"peach_too\"]",
                "unknown_list_of_string=[\"first_peach\", \"second_peach\"]");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Packer Inspect: HCL2 mode\n\n> input-variables:\n\n"
                + "var.default_from_env: \"\"\nvar.fruit: \"peach\"\nvar.other_default_from_env: \"\"\n"
                + "var.unknown_list_of_string: \"[\\n  \\\"first_peach\\\",\\n  \\\"second_peach\\\",\\n]\"\n"
                + "var.unknown_string: \"also_peach\"\nvar.unknown_unknown: \"[\\\"peach_too\\\"]\"\n\n"
                + "> local-variables:\n\n\n> builds:\n\n");
    }

    @Test
    void directoryWithNamedBuildAndChains() {
        Run r = inspect(fixtures().getParent(), Map.of("DEFAULT_FROM_ENV", "cherry"),
                fixtures().resolve("hcl/inspect"), "fruit=peach", "other_default_from_env=apple");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Packer Inspect: HCL2 mode\n\n> input-variables:\n\n"
                + "var.default_from_env: \"cherry\"\nvar.fruit: \"peach\"\nvar.other_default_from_env: \"apple\"\n"
                + "var.unknown_list_of_string: \"<unknown>\"\nvar.unknown_string: \"<unknown>\"\n"
                + "var.unknown_unknown: \"<unknown>\"\n\n> local-variables:\n\n\n> builds:\n\n"
                + "  > aws_example_builder:\n\n  > Description: The builder of clouds !!\n\nUse it at will.\n\n\n"
                + "    sources:\n\n      amazon-ebs.example-1\n\n      amazon-ebs.example-2\n\n"
                + "    provisioners:\n\n      shell\n\n    post-processors:\n\n      0:\n        manifest\n\n"
                + "      1:\n        shell-local\n\n      2:\n        manifest\n        shell-local\n\n");
    }

    @Test
    void sensitiveValuesAreMasked() throws IOException {
        Path dir = fixtures().resolve("hcl-inspect-with-sensitive-vars");
        Run r = inspect(dir);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(dir.resolve("expected-output.txt")));
    }

    @Test
    void legacyTemplateWithRequiredVariable() {
        Run r = inspect(fixtures().resolve("inspect/unset_var.json"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Packer Inspect: JSON mode\nRequired variables:\n\n  something\n\n"
                + "Optional variables and their defaults:\n\n\nBuilders:\n\n  <No builders>\n\n"
                + "Provisioners:\n\n  <No provisioners>\n\n"
                + "Note: If your build names contain user variables or template\n"
                + "functions such as 'timestamp', these are processed at build time,\n"
                + "and therefore only show in their raw form here.\n");
    }

    @Test
    void transcriptsOfPacker166() throws IOException {
        Path dir = Corpus.dir("packer-1.6.6-transcripts");
        for (String[] pair : new String[][] {{"t.pkr.hcl", "inspect.out.txt"},
                {"legacy.json", "inspect-legacy.out.txt"}}) {
            Run r = inspect(dir, Map.of("HOME", "/home/x"), dir.resolve(pair[0]));
            String expected = Files.readString(dir.resolve(pair[1]));
            assertThat(r.out() + "rc=" + r.exitCode() + "\n").isEqualTo(expected);
        }
    }

    @Test
    void unreadableTemplateFails(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.pkr.hcl");
        Files.writeString(bad, "src \"x\" \"y\" {}\n");
        Run r = inspect(bad);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Error: Unsupported block type").contains(bad + " line 1");
        Path json = tmp.resolve("bad.json");
        Files.writeString(json, "{\"builders\": [");
        Run j = inspect(json);
        assertThat(j.exitCode()).isEqualTo(1);
        assertThat(j.err()).startsWith("Error: Failed to parse template");
    }
}
