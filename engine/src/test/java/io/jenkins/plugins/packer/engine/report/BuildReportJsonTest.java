package io.jenkins.plugins.packer.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildReportJson;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.api.ReportArtifact;
import io.jenkins.plugins.packer.engine.api.ReportBuild;
import io.jenkins.plugins.packer.engine.api.ReportDiagnostic;
import io.jenkins.plugins.packer.engine.api.ReportError;
import io.jenkins.plugins.packer.engine.api.ReportFile;
import io.jenkins.plugins.packer.engine.api.ReportStep;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildReportJsonTest {

    private static final Instant T0 = Instant.parse("2026-05-08T20:43:45.123Z");

    private static BuildReport sample(String secret) {
        ReportDiagnostic diag = ReportDiagnostics.of(Diagnostic.error("Unsupported argument",
                "An argument named \"x\" is not expected here; value " + secret,
                new Range("t.pkr.hcl", new Pos(3, 5, 40), new Pos(3, 6, 41))));
        ReportBuild ok = new ReportBuild("demo.file.a", "file", BuildStatus.SUCCESS, T0, T0.plusMillis(20), 20,
                List.of(new ReportStep("StepWriteFile", ReportStep.Phase.RUN, T0, 3, BuildStatus.SUCCESS, null)),
                List.of(new ReportArtifact("packer.file", "File", "Stored file: out-a.txt",
                        List.of(new ReportFile("out-a.txt", 15L, "ab".repeat(32))))),
                List.of("packer-manifest.json"), List.of());
        ReportBuild bad = new ReportBuild("null.x", "null", BuildStatus.FAILED, T0, T0.plusMillis(13), 13,
                List.of(), List.of(), List.of(),
                List.of(new ReportError("StepProvision", ReportStep.Phase.RUN, "token " + secret + " rejected",
                        List.of(diag))));
        ReportBuild never = new ReportBuild("null.y", "null", BuildStatus.CANCELLED, null, null, 0, null, null, null,
                null);
        return new BuildReport(BuildReport.SCHEMA_VERSION, BuildReport.BUILD, new EngineVersion("0.1.0", "1.16.0"), T0,
                T0.plusSeconds(1), BuildStatus.FAILED, 1, List.of(diag), List.of(ok, bad, never));
    }

    @Test
    void roundTripThroughAFile(@TempDir Path dir) throws Exception {
        BuildReport report = sample("no-secret-here");
        Path file = dir.resolve("sub/report.json");
        ReportWriter.write(report, file, SecretMasker.empty());

        assertThat(BuildReportJson.read(file)).isEqualTo(report);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void jsonShapeIsSnakeCaseWithLowerCaseEnumsAndIsoTimes() {
        String json = BuildReportJson.toJson(sample("x"));
        assertThat(json).contains("\"schema_version\" : 1", "\"command\" : \"build\"", "\"packer_compatible\" : \"1.16.0\"",
                "\"started_at\" : \"2026-05-08T20:43:45.123Z\"", "\"status\" : \"failed\"",
                "\"status\" : \"cancelled\"", "\"phase\" : \"run\"", "\"builder_id\" : \"packer.file\"",
                "\"severity\" : \"error\"", "\"byte\" : 40", "\"duration_ms\" : 20", "\"exit_code\" : 1",
                "\"sha256\" : \"abab", "\"manifests\" : [ \"packer-manifest.json\" ]");
    }

    @Test
    void secretsAreMaskedEverywhereAndTheJsonStaysValid(@TempDir Path dir) throws Exception {
        String secret = "\",\"evil\":\"x"; // would break the JSON if the text were masked after serializing
        Path file = dir.resolve("report.json");
        ReportWriter.write(sample(secret), file, SecretMasker.of(List.of(secret)));

        String json = Files.readString(file);
        assertThat(json).doesNotContain("evil");
        BuildReport read = BuildReportJson.read(file);
        assertThat(read.builds().get(1).errors().get(0).message()).isEqualTo("token <sensitive> rejected");
        assertThat(read.diagnostics().get(0).detail()).endsWith("value <sensitive>");
    }

    @Test
    void readerIgnoresUnknownFieldsAndRefusesNewerSchemas() throws Exception {
        String base = BuildReportJson.toJson(sample("x"));
        String extended = base.replaceFirst("\\{", "{ \"added_later\" : [1, 2],");
        assertThat(BuildReportJson.read(stream(extended))).isEqualTo(sample("x"));
        String newer = base.replace("\"schema_version\" : 1", "\"schema_version\" : 2");
        assertThatThrownBy(() -> BuildReportJson.read(stream(newer)))
                .hasMessageContaining("unsupported build report schema_version 2");
    }

    @Test
    void aReportWrittenBeforeTheCommandFieldExistedReadsAsBuild() throws Exception {
        String old = BuildReportJson.toJson(sample("x")).replace("\"command\" : \"build\",", "");
        assertThat(old).doesNotContain("command");
        assertThat(BuildReportJson.read(stream(old))).isEqualTo(sample("x"));
    }

    @Test
    void artifactFilesGetSizeAndSha256(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("out-a.txt"), "content hello\n");
        assertThat(ReportFiles.describe(dir, "out-a.txt"))
                .isEqualTo(new ReportFile("out-a.txt", 14L, sha256sum(dir.resolve("out-a.txt"))));
        assertThat(ReportFiles.describe(dir, "ami-123456")).isEqualTo(new ReportFile("ami-123456", null, null));
    }

    private static String sha256sum(Path file) throws Exception {
        Process p = new ProcessBuilder("sha256sum", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.split(" ")[0];
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
