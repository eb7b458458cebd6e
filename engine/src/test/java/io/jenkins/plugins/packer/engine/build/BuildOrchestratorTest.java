package io.jenkins.plugins.packer.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.artifact.SimpleArtifact;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.RunStatus;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.testing.ScriptedBuild;
import io.jenkins.plugins.packer.engine.ui.BasicUi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BuildOrchestratorTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CancelToken cancel = CancelToken.create();

    private RunOutcome run(BuildOptions options, List<ScriptedBuild> builds, SecretMasker runMasker) {
        BasicUi ui = BasicUi.to(new PrintStream(out, true, StandardCharsets.UTF_8)).withMasker(runMasker);
        RunEnvironment env = new RunEnvironment(ui, cancel, runMasker, DebugLog.disabled(), Clock.systemUTC(),
                Path.of("."));
        return new BuildOrchestrator(env, options).run(builds, List.of());
    }

    private RunOutcome run(BuildOptions options, List<ScriptedBuild> builds) {
        return run(options, builds, SecretMasker.empty());
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Builds that record how many of them run at the same time. */
    private static List<ScriptedBuild> concurrencyProbes(int n, AtomicInteger running, AtomicInteger max,
                                                         CountDownLatch allIn) {
        return IntStream.range(0, n).mapToObj(i -> new ScriptedBuild("null.b" + i, "null", ctx -> {
            max.accumulateAndGet(running.incrementAndGet(), Math::max);
            allIn.countDown();
            allIn.await(300, TimeUnit.MILLISECONDS);
            running.decrementAndGet();
            return List.of();
        })).toList();
    }

    @Test
    void zeroParallelBuildsRunsAllAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        CountDownLatch allIn = new CountDownLatch(4);
        RunOutcome outcome = run(BuildOptions.defaults().withParallelBuilds(0),
                concurrencyProbes(4, running, max, allIn));
        assertThat(max.get()).isEqualTo(4);
        assertThat(outcome.exitCode()).isZero();
    }

    @Test
    void parallelBuildsLimitsConcurrency() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        run(BuildOptions.defaults().withParallelBuilds(2), concurrencyProbes(5, running, max, new CountDownLatch(5)));
        assertThat(max.get()).isEqualTo(2);
    }

    @Test
    void debugRunsOneBuildAtATimeAndSaysSo() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        run(BuildOptions.defaults().withDebug(true), concurrencyProbes(3, running, max, new CountDownLatch(3)));
        assertThat(max.get()).isEqualTo(1);
        assertThat(lines().get(0)).isEqualTo("Debug mode enabled. Builds will not be parallelized.");
    }

    @Test
    void exitCodeIsOneWhenAnyBuildFailsAndSuccessfulArtifactsAreStillListed() {
        RunOutcome outcome = run(BuildOptions.defaults().withParallelBuilds(1), List.of(
                new ScriptedBuild("file.ok", "file", ctx -> List.of(SimpleArtifact.of("packer.file", "File",
                        "Stored file: ok.txt"))),
                new ScriptedBuild("null.bad", "null", ctx -> {
                    throw new IllegalStateException("boom");
                })));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(lines()).containsSubsequence(
                "==> Some builds didn't complete successfully and had errors:",
                "--> null.bad: boom",
                "==> Builds finished. The artifacts of successful builds are:",
                "--> file.ok: Stored file: ok.txt");
        assertThat(outcome.results()).extracting(BuildResult::status)
                .containsExactly(RunStatus.SUCCEEDED, RunStatus.FAILED);
    }

    @Test
    void colorsCycleAndAreAnnouncedPerBuild() {
        List<ScriptedBuild> builds = IntStream.range(0, 6).mapToObj(i -> new ScriptedBuild("null.b" + i, "null",
                ctx -> {
                    ctx.ui().say("hello");
                    ctx.ui().message("detail");
                    return List.of();
                })).toList();
        run(BuildOptions.defaults().withColor(true).withParallelBuilds(1), builds);

        List<String> lines = lines();
        assertThat(lines.subList(0, 7)).containsExactly(
                "\033[1;32mnull.b0: output will be in this color.\033[0m",
                "\033[1;36mnull.b1: output will be in this color.\033[0m",
                "\033[1;35mnull.b2: output will be in this color.\033[0m",
                "\033[1;33mnull.b3: output will be in this color.\033[0m",
                "\033[1;34mnull.b4: output will be in this color.\033[0m",
                "\033[1;32mnull.b5: output will be in this color.\033[0m",
                "");
        assertThat(lines).contains("\033[1;36m==> null.b1: hello\033[0m", "\033[0;36m    null.b1: detail\033[0m");
        assertThat(lines.stream().filter(l -> l.contains("finished after"))).first().asString()
                .startsWith("\033[1;32mBuild 'null.b0' finished after");
    }

    @Test
    void buildSecretsAreMaskedInThatBuildAndRunSecretsEverywhere() {
        SecretMasker runMasker = SecretMasker.of(List.of("run-wide-token"));
        run(BuildOptions.defaults().withParallelBuilds(1), List.of(
                new ScriptedBuild("null.a", "null", List.of("alpha-only-secret"), ctx -> {
                    ctx.ui().message("a sees alpha-only-secret and run-wide-token");
                    throw new IllegalStateException("failed with alpha-only-secret");
                }),
                new ScriptedBuild("null.b", "null", ctx -> {
                    ctx.ui().message("b sees alpha-only-secret and run-wide-token");
                    return List.of();
                })), runMasker);

        assertThat(lines()).contains(
                "    null.a: a sees <sensitive> and <sensitive>",
                "    null.b: b sees alpha-only-secret and <sensitive>",
                "--> null.a: failed with <sensitive>");
        assertThat(String.join("\n", lines())).doesNotContain("run-wide-token");
    }

    @Test
    void cancellationInterruptsRunningBuildsSkipsTheRestAndSaysSo() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> cleanups = Collections.synchronizedList(new ArrayList<>());
        Step blocking = new Step() {
            @Override
            public void run(StepContext c) throws Exception {
                started.countDown();
                Process p = new ProcessBuilder("sleep", "60").start();
                try (var r = c.cancel().destroyOnCancel(p)) {
                    p.waitFor();
                }
            }

            @Override
            public void cleanup(StepContext c) {
                cleanups.add("cleaned, cancelled=" + c.cancelled());
            }
        };
        ScriptedBuild slow = new ScriptedBuild("null.slow", "null", ctx -> {
            ctx.runSteps(List.of(blocking), new StateBag()).rethrow();
            return List.of();
        });
        ScriptedBuild never = new ScriptedBuild("null.never", "null", ctx -> List.of());
        Thread canceller = new Thread(() -> {
            try {
                started.await(10, TimeUnit.SECONDS);
                Thread.sleep(100);
                cancel.cancel();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        canceller.start();
        long t0 = System.nanoTime();
        RunOutcome outcome = run(BuildOptions.defaults().withParallelBuilds(1), List.of(slow, never));
        canceller.join();

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.cancelled()).isTrue();
        assertThat(cleanups).containsExactly("cleaned, cancelled=true");
        List<String> lines = lines();
        assertThat(lines.get(0)).matches("Build 'null.slow' errored after .*: Build was cancelled\\.");
        assertThat(lines.subList(1, lines.size())).hasSize(3).startsWith("").endsWith(
                "Cleanly cancelled builds after being interrupted.");
        assertThat(lines.get(2)).startsWith("==> Wait completed after ");

        BuildReport report = outcome.report();
        assertThat(report.status()).isEqualTo(BuildStatus.CANCELLED);
        assertThat(report.builds()).extracting(b -> b.name() + " " + b.status() + " " + (b.startedAt() != null))
                .containsExactly("null.slow CANCELLED true", "null.never CANCELLED false");
        assertThat(report.builds().get(0).steps()).extracting(s -> s.phase() + " " + s.status())
                .containsExactly("RUN CANCELLED", "CLEANUP SUCCESS");
    }

    @Test
    void noSuccessfulBuildMeansNoArtifactsLine() {
        RunOutcome outcome = run(BuildOptions.defaults(), List.of(new ScriptedBuild("null.x", "null", ctx -> {
            throw new BuildFailure("bad provisioner", List.of());
        })));
        assertThat(lines()).endsWith("", "==> Builds finished but no artifacts were created.");
        assertThat(outcome.exitCode()).isEqualTo(1);
    }
}
