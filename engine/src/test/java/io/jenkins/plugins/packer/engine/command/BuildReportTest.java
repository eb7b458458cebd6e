package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildReportJson;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.ReportArtifact;
import io.jenkins.plugins.packer.engine.api.ReportBuild;
import io.jenkins.plugins.packer.engine.api.ReportDiagnostic;
import io.jenkins.plugins.packer.engine.api.ReportStep;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON build report of real builds: -report FILE and PACKER_STEPS_REPORT. */
class BuildReportTest {

    @TempDir
    Path dir;

    @Test
    void reportsBuildsStepsArtifactsAndErrors() throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "file" "a" {
                  content = "hello\\n"
                  target  = "a.txt"
                }
                source "null" "x" { communicator = "none" }
                build {
                  name    = "demo"
                  sources = ["file.a", "null.x"]
                  provisioner "shell-local" {
                    only   = ["null.x"]
                    inline = ["exit 3"]
                  }
                  post-processor "checksum" {
                    checksum_types = ["sha256"]
                    output         = "a.sha256"
                  }
                }
                """);
        BuildRun.Result r = BuildRun.run(dir, Map.of(), List.of("-report", "out/report.json", "t.pkr.hcl"));
        assertThat(r.exitCode()).isEqualTo(1);
        BuildReport report = BuildReportJson.read(dir.resolve("out/report.json"));
        assertThat(report.schemaVersion()).isEqualTo(BuildReport.SCHEMA_VERSION);
        assertThat(report.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.builds()).extracting(ReportBuild::name).containsExactly("demo.file.a", "demo.null.x");

        ReportBuild ok = report.builds().get(0);
        assertThat(ok.status()).isEqualTo(BuildStatus.SUCCESS);
        assertThat(ok.type()).isEqualTo("file");
        assertThat(ok.steps()).extracting(ReportStep::name).contains("StepWriteFile", "StepProvision");
        assertThat(ok.artifacts()).extracting(ReportArtifact::builderId)
                .containsExactly("packer.file", "packer.post-processor.checksum");
        var file = ok.artifacts().get(0).files().get(0);
        assertThat(file.path()).isEqualTo("a.txt");
        assertThat(file.size()).isEqualTo(6L);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve("a.txt")))));
        assertThat(ok.artifacts().get(1).files()).extracting(f -> f.path()).containsExactly("a.txt", "a.sha256");

        ReportBuild failed = report.builds().get(1);
        assertThat(failed.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(failed.artifacts()).isEmpty();
        assertThat(failed.errors()).first().satisfies(e -> {
            assertThat(e.step()).isEqualTo("StepProvision");
            assertThat(e.message()).isEqualTo("Script exited with non-zero exit status: 3. Allowed exit codes are: [0]");
        });
    }

    @Test
    void theEnvironmentVariableAsksForTheReportAndTemplateErrorsAreInIt() throws Exception {
        Files.writeString(dir.resolve("bad.pkr.hcl"), """
                source "null" "x" {
                  communicator = "none"
                  bogus        = 1
                }
                build { sources = ["null.x"] }
                """);
        BuildRun.Result r = BuildRun.run(dir, Map.of("PACKER_STEPS_REPORT", "r.json"), List.of("bad.pkr.hcl"));
        assertThat(r.exitCode()).isEqualTo(1);
        BuildReport report = BuildReportJson.read(dir.resolve("r.json"));
        assertThat(report.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(report.builds()).isEmpty();
        assertThat(report.diagnostics()).extracting(ReportDiagnostic::summary).contains("Unsupported argument");
        assertThat(report.diagnostics().get(0).subject().start().line()).isEqualTo(3);
    }
}
