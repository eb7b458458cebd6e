package io.jenkins.plugins.packer.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildReportJson;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.api.ReportBuild;
import io.jenkins.plugins.packer.engine.api.ReportDiagnostic;
import io.jenkins.plugins.packer.engine.api.ReportError;
import io.jenkins.plugins.packer.engine.api.ReportStep;
import io.jenkins.plugins.packer.engine.artifact.SimpleArtifact;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.report.ReportWriter;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.testing.ScriptedBuild;
import io.jenkins.plugins.packer.engine.ui.BasicUi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report the orchestrator assembles from real runs: steps, artifacts with digests, errors, masking. */
class BuildReportAssemblyTest {

    @TempDir
    Path dir;

    private static Step step(String name, boolean failRun, boolean failCleanup) {
        return new Step() {
            @Override
            public void run(StepContext ctx) {
                if (failRun) {
                    throw new IllegalStateException(name + " failed");
                }
            }

            @Override
            public void cleanup(StepContext ctx) {
                if (failCleanup) {
                    throw new IllegalStateException("cleanup of " + name + " failed");
                }
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void reportOfASuccessfulAndAFailedBuild() throws Exception {
        Files.writeString(dir.resolve("out-a.txt"), "content hello");
        Range subject = new Range("t.pkr.hcl", new Pos(7, 3, 90), new Pos(7, 9, 96));
        ScriptedBuild good = new ScriptedBuild("demo.file.a", "file", ctx -> {
            ctx.runSteps(List.of(step("StepWriteFile", false, false)), new StateBag()).rethrow();
            return List.of(new SimpleArtifact("packer.file", "File", List.of("out-a.txt"), "Stored file: out-a.txt",
                    Map.of(), dir));
        });
        ScriptedBuild bad = new ScriptedBuild("demo.null.b", "null", List.of("b-password"), ctx -> {
            var result = ctx.runSteps(List.of(step("StepConnect", false, true), step("StepProvision", true, false)),
                    new StateBag());
            throw new BuildFailure("provisioner failed with b-password",
                    List.of(Diagnostic.error("Invalid value", "b-password is not allowed", subject)),
                    result.error());
        });
        SecretMasker run = SecretMasker.of(List.of("run-secret"));
        RunEnvironment env = new RunEnvironment(
                BasicUi.to(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
                CancelToken.create(), run, DebugLog.disabled(), Clock.systemUTC(), dir);
        RunOutcome outcome = new BuildOrchestrator(env, BuildOptions.defaults()).run(List.of(good, bad),
                List.of(Diagnostic.warning("Undeclared variable run-secret", "", null)));

        BuildReport report = outcome.report();
        assertThat(report.schemaVersion()).isEqualTo(1);
        assertThat(report.engine()).isEqualTo(EngineVersion.current());
        assertThat(report.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.diagnostics()).extracting(ReportDiagnostic::summary)
                .containsExactly("Undeclared variable <sensitive>");

        ReportBuild a = report.builds().get(0);
        assertThat(a.name()).isEqualTo("demo.file.a");
        assertThat(a.status()).isEqualTo(BuildStatus.SUCCESS);
        assertThat(a.startedAt()).isBeforeOrEqualTo(a.endedAt());
        assertThat(a.steps()).extracting(s -> s.name() + " " + s.phase() + " " + s.status())
                .containsExactly("StepWriteFile RUN SUCCESS", "StepWriteFile CLEANUP SUCCESS");
        assertThat(a.artifacts()).singleElement().satisfies(art -> {
            assertThat(art.builderId()).isEqualTo("packer.file");
            assertThat(art.description()).isEqualTo("Stored file: out-a.txt");
            assertThat(art.files()).singleElement().satisfies(f -> {
                assertThat(f.size()).isEqualTo(13L);
                assertThat(f.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest("content hello".getBytes(StandardCharsets.UTF_8))));
            });
        });

        ReportBuild b = report.builds().get(1);
        assertThat(b.status()).isEqualTo(BuildStatus.FAILED);
        assertThat(b.artifacts()).isEmpty();
        assertThat(b.errors()).extracting(ReportError::phase, ReportError::step, ReportError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReportStep.Phase.RUN, "StepProvision",
                        "provisioner failed with <sensitive>"),
                org.assertj.core.groups.Tuple.tuple(ReportStep.Phase.CLEANUP, "StepConnect",
                        "cleanup of StepConnect failed"));
        assertThat(b.errors().get(0).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.detail()).isEqualTo("<sensitive> is not allowed");
            assertThat(d.subject()).isEqualTo(new ReportDiagnostic.Range("t.pkr.hcl",
                    new ReportDiagnostic.Pos(7, 3, 90), new ReportDiagnostic.Pos(7, 9, 96)));
        });

        Path file = dir.resolve("report.json");
        ReportWriter.write(report, file, run);
        assertThat(BuildReportJson.read(file)).isEqualTo(report);
        assertThat(Files.readString(file)).doesNotContain("b-password", "run-secret");
    }
}
