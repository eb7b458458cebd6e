package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildReportJson;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.api.ReportDiagnostic;
import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.testing.PackerCommandComponents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} writes the JSON report (docs/report.md) with {@code -report FILE} or the host's
 * {@code PACKER_STEPS_REPORT}: command {@code validate}, no builds, every error and warning as a diagnostic
 * with its position; {@code -syntax-only} and {@code -evaluate-datasources} decide what is checked.
 */
class ValidateReportTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Run validate(Map<String, String> env, Validate.Options options, String template, List<Path> varFiles) {
        return validate(env, BuiltinComponents.registry(env), options, template, varFiles);
    }

    private Run validate(Map<String, String> env, ComponentRegistry components, Validate.Options options,
            String template, List<Path> varFiles) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        EngineEnvironment e = new EngineEnvironment(env, dir, components, "1.16.0", Instant.now());
        int code = Validate.run(new TemplateInputs(dir.resolve(template), varFiles, Map.of(), List.of(), List.of()),
                options, e, new CommandOutput(new PrintWriter(out), new PrintWriter(err), true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run validate(Validate.Options options, String template) {
        return validate(Map.of(), options, template, List.of());
    }

    private static Validate.Options report(String file) {
        return new Validate.Options(false, false, false, Path.of(file));
    }

    @Test
    void errorsAreDiagnosticsWithTheirPositions() throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "file" "a" {
                  content = "x"
                  target  = "a.txt"
                  colour  = "blue"
                }
                build {
                  sources = ["file.a"]
                }
                """);
        Run r = validate(report("out/r.json"), "t.pkr.hcl");
        assertThat(r.exitCode()).isEqualTo(1);
        BuildReport report = BuildReportJson.read(dir.resolve("out/r.json"));
        assertThat(report.schemaVersion()).isEqualTo(BuildReport.SCHEMA_VERSION);
        assertThat(report.command()).isEqualTo(BuildReport.VALIDATE);
        assertThat(report.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.builds()).isEmpty();
        assertThat(report.startedAt()).isBeforeOrEqualTo(report.endedAt());
        ReportDiagnostic d = report.diagnostics().get(0);
        assertThat(d.severity()).isEqualTo(ReportDiagnostic.Severity.ERROR);
        assertThat(d.summary()).isEqualTo("Unsupported argument");
        assertThat(d.subject().filename()).endsWith("t.pkr.hcl");
        assertThat(d.subject().start().line()).isEqualTo(4);
        assertThat(d.subject().start().column()).isEqualTo(3);
        // the console says the same
        assertThat(r.err()).contains("Error: Unsupported argument").contains("line 4");
    }

    @Test
    void aValidTemplateReportsSuccessWithItsWarningsThroughTheHostsVariable() throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "null" "a" { communicator = "none" }
                build { sources = ["null.a"] }
                hcp_packer_registry { bucket_name = "my-bucket" }
                """);
        Files.writeString(dir.resolve("v.pkrvars.hcl"), "unused = \"x\"\n");
        Run r = validate(Map.of(HostEnvironment.REPORT, "r.json"), new Validate.Options(false, false, false),
                "t.pkr.hcl", List.of(dir.resolve("v.pkrvars.hcl")));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Warning: Undefined variable").endsWith("The configuration is valid.\n");
        BuildReport report = BuildReportJson.read(dir.resolve("r.json"));
        assertThat(report.status()).isEqualTo(BuildStatus.SUCCESS);
        assertThat(report.exitCode()).isZero();
        assertThat(report.diagnostics()).extracting(ReportDiagnostic::severity)
                .containsOnly(ReportDiagnostic.Severity.WARNING);
        assertThat(report.diagnostics()).extracting(ReportDiagnostic::summary)
                .containsExactlyInAnyOrder("Undefined variable", "hcp_packer_registry is ignored");
        ReportDiagnostic registry = report.diagnostics().stream()
                .filter(d -> d.summary().startsWith("hcp")).findFirst().orElseThrow();
        assertThat(registry.subject().filename()).endsWith("t.pkr.hcl");
        assertThat(registry.subject().start().line()).isEqualTo(3);
    }

    @Test
    void theFlagWinsOverTheHostsVariableAndWithoutEitherNothingIsWritten() throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), "source \"null\" \"a\" { communicator = \"none\" }\n"
                + "build { sources = [\"null.a\"] }\n");
        validate(Map.of(HostEnvironment.REPORT, "env.json"), report("flag.json"), "t.pkr.hcl", List.of());
        assertThat(dir.resolve("flag.json")).exists();
        assertThat(dir.resolve("env.json")).doesNotExist();
        validate(new Validate.Options(false, false, false), "t.pkr.hcl");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t.pkr.hcl",
                    "flag.json");
        }
    }

    @Test
    void syntaxOnlyChecksTheSyntaxOnly() throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "nosuchbuilder" "a" {}
                build { sources = ["nosuchbuilder.a"] }
                """);
        Run syntax = validate(new Validate.Options(true, false, false, Path.of("s.json")), "t.pkr.hcl");
        assertThat(syntax.exitCode()).isZero();
        assertThat(syntax.out()).contains("Syntax-only check passed.");
        assertThat(BuildReportJson.read(dir.resolve("s.json")).status()).isEqualTo(BuildStatus.SUCCESS);

        Run full = validate(report("f.json"), "t.pkr.hcl");
        assertThat(full.exitCode()).isEqualTo(1);
        BuildReport report = BuildReportJson.read(dir.resolve("f.json"));
        assertThat(report.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(report.diagnostics()).extracting(ReportDiagnostic::severity)
                .contains(ReportDiagnostic.Severity.ERROR);

        Files.writeString(dir.resolve("broken.pkr.hcl"), "build {\n");
        Run broken = validate(new Validate.Options(true, false, false, Path.of("b.json")), "broken.pkr.hcl");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(BuildReportJson.read(dir.resolve("b.json")).diagnostics().get(0).subject().start().line())
                .isEqualTo(1);
    }

    @Test
    void evaluateDatasourcesRunsDataSourcesSoTheirOutputsAreKnown() throws Exception {
        // Packer's local-ds-validate fixture, with the components of Packer's command tests: the file
        // provisioner's direction comes from a data source; without running it the value is unknown and the
        // provisioner's check fails
        Files.writeString(dir.resolve("f.txt"), "x");
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                data "null" "dep" { input = "upload" }
                source "null" "test" { communicator = "none" }
                build {
                  sources = ["sources.null.test"]
                  provisioner "file" {
                    source      = "f.txt"
                    destination = "dest"
                    direction   = "${data.null.dep.output}"
                  }
                }
                """);
        Run without = validate(Map.of(), PackerCommandComponents.registry(), report("without.json"), "t.pkr.hcl",
                List.of());
        Run with = validate(Map.of(), PackerCommandComponents.registry(),
                new Validate.Options(false, true, false, Path.of("with.json")), "t.pkr.hcl", List.of());
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(with.exitCode()).as(with.err()).isZero();
        BuildReport a = BuildReportJson.read(dir.resolve("without.json"));
        assertThat(a.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(a.diagnostics()).extracting(ReportDiagnostic::severity).contains(ReportDiagnostic.Severity.ERROR);
        assertThat(BuildReportJson.read(dir.resolve("with.json")).status()).isEqualTo(BuildStatus.SUCCESS);
    }

    @Test
    void sensitiveValuesAreMaskedInTheReportAndTheConsole() throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                variable "key_path" {
                  type      = string
                  sensitive = true
                }
                locals { key = file(var.key_path) }
                source "null" "a" { communicator = "none" }
                build { sources = ["null.a"] }
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        EngineEnvironment e = new EngineEnvironment(Map.of(), dir, BuiltinComponents.registry(Map.of()), "1.16.0",
                Instant.now());
        int code = Validate.run(new TemplateInputs(dir.resolve("t.pkr.hcl"), List.of(),
                Map.of("key_path", "no-such-s3cret-file"), List.of(), List.of()), report("r.json"), e,
                new CommandOutput(new PrintWriter(out), new PrintWriter(err), true));
        assertThat(code).isEqualTo(1);
        String json = Files.readString(dir.resolve("r.json"));
        assertThat(json).contains("\"severity\" : \"error\"").doesNotContain("no-such-s3cret-file");
        assertThat(out.toString() + err).doesNotContain("no-such-s3cret-file");
    }
}
