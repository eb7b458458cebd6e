package io.jenkins.plugins.packer.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.SimpleArtifact;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import io.jenkins.plugins.packer.engine.testing.ScriptedBuild;
import io.jenkins.plugins.packer.engine.ui.BasicUi;
import io.jenkins.plugins.packer.engine.ui.MachineReadableUi;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator's output compared line by line with real Packer 1.6.6 transcripts, the builds being
 * scripted stand-ins that print what Packer's components printed. Durations are normalized (they are
 * measured); parallel builds interleave differently on every run, so each build's own lines and the summary
 * are compared in order, and the whole output as a multiset.
 */
class PackerTranscriptTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:35:44Z"), ZoneOffset.UTC);
    private static final Artifact NULL_ARTIFACT =
            SimpleArtifact.of("fnoeding.null", "Null", "Did not export anything. This is the null builder");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final SecretMasker runSecrets = SecretMasker.of(List.of("s3cr3tvalue"));

    private static Artifact fileArtifact(String file) {
        return new SimpleArtifact("packer.file", "File", List.of(file), "Stored file: " + file,
                java.util.Map.of(), Path.of("."));
    }

    /** build.out.txt: {@code packer build -color=false t.pkr.hcl}. */
    private List<ScriptedBuild> demoBuilds(String nullScript, String fileScript) {
        return List.of(
                new ScriptedBuild("demo.null.b", "null", ctx -> {
                    ctx.ui().say("Running local shell script: " + nullScript);
                    ctx.ui().message("provisioning b demo s3cr3tvalue");
                    ctx.ui().message("second line");
                    ctx.ui().say("Running post-processor:  (type manifest)");
                    return List.of(NULL_ARTIFACT, NULL_ARTIFACT);
                }),
                new ScriptedBuild("demo.file.a", "file", ctx -> {
                    ctx.ui().say("Running local shell script: " + fileScript);
                    ctx.ui().message("provisioning a demo s3cr3tvalue");
                    ctx.ui().message("second line");
                    ctx.ui().say("Running post-processor:  (type manifest)");
                    return List.of(fileArtifact("out-a.txt"), fileArtifact("out-a.txt"));
                }));
    }

    private RunOutcome run(Ui sink, BuildOptions options, List<ScriptedBuild> builds) {
        RunEnvironment env = new RunEnvironment(sink, CancelToken.create(), runSecrets, DebugLog.disabled(), CLOCK,
                Path.of("."));
        return new BuildOrchestrator(env, options).run(builds, List.of());
    }

    private BasicUi humanUi() {
        return BasicUi.to(stdout).withMasker(runSecrets);
    }

    @Test
    void humanOutputOfTwoParallelBuildsMatchesPacker() throws IOException {
        List<String> expected = transcript("build.out.txt", Function.identity());
        RunOutcome outcome = run(humanUi(), BuildOptions.defaults(),
                demoBuilds("/tmp/packer-shell3826925369", "/tmp/packer-shell2796373056"));

        assertThat(outcome.exitCode()).isZero();
        assertSameOutput(output(), expected, List.of("demo.null.b", "demo.file.a"), "==> Wait completed");
    }

    @Test
    void failingBuildMatchesPackerExactly() throws IOException {
        List<String> expected = transcript("fail.out.txt", Function.identity());
        assertThat(expected.get(expected.size() - 1)).isEqualTo("rc=1");
        ScriptedBuild failing = new ScriptedBuild("null.x", "null", ctx -> {
            ctx.ui().say("Running local shell script: /tmp/packer-shell3908536672");
            ctx.ui().message("before");
            ctx.ui().say("Provisioning step had errors: Running the cleanup provisioner, if present...");
            throw new IOException("Script exited with non-zero exit status: 3.Allowed exit codes are: [0]");
        });
        RunOutcome outcome = run(humanUi(), BuildOptions.defaults(), List.of(failing));

        assertThat(normalize(output())).containsExactlyElementsOf(normalize(expected.subList(0, expected.size() - 1)));
        assertThat(outcome.exitCode()).isEqualTo(1);
    }

    @Test
    void timestampedOutputMatchesPacker() throws IOException {
        List<String> expected = transcript("legacy.out.txt", Function.identity());
        List<ScriptedBuild> builds = List.of(
                new ScriptedBuild("null", "null", ctx -> {
                    ctx.ui().say("Running local shell script: /tmp/packer-shell1991122308");
                    ctx.ui().message("null null jenkins");
                    ctx.ui().say("Running post-processor: checksum");
                    return List.of(NULL_ARTIFACT, SimpleArtifact.of("packer.post-processor.checksum", "",
                            "Created artifact from files: "));
                }),
                new ScriptedBuild("f1", "file", ctx -> {
                    ctx.ui().say("Running local shell script: /tmp/packer-shell155643941");
                    ctx.ui().message("f1 file jenkins");
                    ctx.ui().say("Running post-processor: checksum");
                    return List.of(fileArtifact("legacy-out.txt"), SimpleArtifact.of(
                            "packer.post-processor.checksum", "", "Created artifact from files: legacy-out.txt, "
                                    + "f1.sha256.txt"));
                }));
        RunOutcome outcome = run(humanUi(), BuildOptions.defaults().withTimestampUi(true), builds);

        assertThat(outcome.exitCode()).isZero();
        assertSameOutput(output(), expected.subList(0, expected.size() - 1), List.of(": ==> null:", ": ==> f1:"),
                "==> Wait completed");
    }

    @Test
    void machineReadableOutputMatchesPackerButMasksTheSecret() throws IOException {
        // Packer 1.6.6 leaked the sensitive value into ui,message records (a bug fixed later); we mask it.
        List<String> expected = transcript("mr.out.txt", line -> line.replace("s3cr3tvalue", "<sensitive>"));
        MachineReadableUi sink = new MachineReadableUi(stdout, CLOCK, runSecrets, DebugLog.disabled());
        RunOutcome outcome = run(sink, BuildOptions.defaults(),
                demoBuilds("/tmp/packer-shell4029456226", "/tmp/packer-shell859337473"));

        assertThat(outcome.exitCode()).isZero();
        List<String> actual = output();
        assertThat(actual).allSatisfy(l -> assertThat(l).startsWith(CLOCK.instant().getEpochSecond() + ","));
        List<String> withoutTime = actual.stream().map(l -> l.substring(l.indexOf(','))).toList();
        List<String> expectedWithoutTime = expected.stream().map(l -> l.substring(l.indexOf(','))).toList();
        assertSameOutput(withoutTime, expectedWithoutTime, List.of("demo.null.b", "demo.file.a"),
                "==> Wait completed");
    }

    /** The same lines, in the same order per build and from the summary on. */
    private static void assertSameOutput(List<String> actual, List<String> expected, List<String> builds,
                                         String summaryStart) {
        List<String> a = normalize(actual);
        List<String> e = normalize(expected);
        assertThat(a).containsExactlyInAnyOrderElementsOf(e);
        for (String build : builds) {
            assertThat(beforeSummary(a, summaryStart).stream().filter(l -> l.contains(build)).toList())
                    .as("lines of %s", build)
                    .containsExactlyElementsOf(beforeSummary(e, summaryStart).stream()
                            .filter(l -> l.contains(build)).toList());
        }
        assertThat(fromSummary(a, summaryStart)).containsExactlyElementsOf(fromSummary(e, summaryStart));
    }

    private static List<String> beforeSummary(List<String> lines, String start) {
        return lines.subList(0, summaryIndex(lines, start));
    }

    private static List<String> fromSummary(List<String> lines, String start) {
        return lines.subList(summaryIndex(lines, start), lines.size());
    }

    private static int summaryIndex(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                return i;
            }
        }
        throw new AssertionError("no summary line containing " + start + " in " + lines);
    }

    /** Measured durations (durafmt, up to two units) replaced by D. */
    private static List<String> normalize(List<String> lines) {
        return lines.stream()
                .map(l -> l.replaceAll("after \\d+ [a-z]+( \\d+ [a-z]+)?", "after D"))
                .toList();
    }

    private List<String> output() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> transcript(String name, Function<String, String> edit) throws IOException {
        Path file = Corpus.dir("packer-1.6.6-transcripts").resolve(name);
        return Files.readAllLines(file).stream().map(edit).toList();
    }
}
