package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.RunStatus;
import io.jenkins.plugins.packer.engine.step.StepErrors;
import io.jenkins.plugins.packer.engine.step.StepTiming;
import io.jenkins.plugins.packer.engine.ui.Durafmt;
import io.jenkins.plugins.packer.engine.ui.TargetedUi;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs planned builds as Packer's {@code build} command does: up to {@code -parallel-builds} at once (all
 * by default, one at a time with {@code -debug}), each on its own thread with its own UI, masker, token and
 * timings; {@code Build 'NAME' finished after ...} or {@code errored after ...: ERROR} per build; then the
 * summary ({@link RunSummary}) and the report. A cancellation stops starting builds, lets the running ones
 * clean up, and ends with {@code Cleanly cancelled builds after being interrupted.}
 */
public final class BuildOrchestrator {

    private final RunEnvironment env;
    private final BuildOptions options;

    public BuildOrchestrator(RunEnvironment env, BuildOptions options) {
        this.env = env;
        this.options = options;
    }

    /** Runs the builds; {@code runDiagnostics} (template warnings and the like) only go into the report. */
    public RunOutcome run(List<? extends PlannedBuild> builds, List<Diagnostic> runDiagnostics) {
        Ui ui = env.ui();
        DebugLog log = env.log();
        Instant runStart = env.clock().instant();
        List<SecretMasker> maskers = builds.stream().map(b -> env.masker().derive(b.secrets())).toList();
        if (options.debug()) {
            ui.say("Debug mode enabled. Builds will not be parallelized.");
        }
        List<Ui> buildUis = BuildUis.create(ui, builds.stream().map(PlannedBuild::name).toList(), maskers, options,
                env.clock());
        log.log("Build debug mode: " + options.debug());
        log.log("Force build: " + options.force());
        log.log("On error: " + options.onError().flag());

        BuildResult[] results = new BuildResult[builds.size()];
        Semaphore slots = new Semaphore(options.effectiveParallelism());
        List<Thread> threads = new ArrayList<>();
        long commandStart = System.nanoTime();
        for (int i = 0; i < builds.size(); i++) {
            PlannedBuild build = builds.get(i);
            if (env.cancel().isCancelled()) {
                log.log("Interrupted, not going to start any more builds.");
                break;
            }
            if (!acquire(slots)) {
                buildUis.get(i).error("Build '" + build.name() + "' failed to acquire semaphore: context canceled");
                break;
            }
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    results[index] = runOne(build, buildUis.get(index), maskers.get(index));
                } finally {
                    slots.release();
                }
            }, "build " + build.name());
            threads.add(t);
            t.start();
            if (options.effectiveParallelism() == 1) {
                log.log("Parallelization disabled, waiting for build to finish: " + build.name());
                joinUninterruptibly(t);
            }
        }
        log.log("Waiting on builds to complete...");
        threads.forEach(BuildOrchestrator::joinUninterruptibly);
        Duration wait = Duration.ofNanos(System.nanoTime() - commandStart);

        List<BuildResult> all = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            all.add(results[i] != null ? results[i] : notStarted(builds.get(i), maskers.get(i)));
        }
        boolean cancelled = env.cancel().isCancelled();
        int exitCode = new RunSummary(ui).print(all, wait, cancelled);
        Instant runEnd = env.clock().instant();
        return new RunOutcome(exitCode, cancelled, all, () -> new ReportAssembler(env.workingDir())
                .assemble(all, runDiagnostics, runStart, runEnd, exitCode, cancelled, env.masker()));
    }

    private BuildResult runOne(PlannedBuild build, Ui buildUi, SecretMasker masker) {
        CancelToken token = env.cancel().child();
        DebugLog log = env.log().masked(masker);
        List<StepTiming> timings = Collections.synchronizedList(new ArrayList<>());
        BuildOutputs outputs = new BuildOutputs();
        BuildContext ctx = new BuildContext(build.name(), new TargetedUi(build.name(), buildUi), token, masker, log,
                options, timings::add, env.workingDir(), outputs);
        Instant start = env.clock().instant();
        long t0 = System.nanoTime();
        log.log("Starting build run: " + build.name());
        List<Artifact> artifacts = List.of();
        Throwable error = null;
        try {
            artifacts = build.run(ctx);
            if (artifacts == null) {
                artifacts = List.of();
            }
        } catch (Throwable e) { // a build's bug must not take the run down: it is that build's failure
            error = e;
        }
        String took = Durafmt.packer(Duration.ofNanos(System.nanoTime() - t0));
        Instant end = env.clock().instant();
        if (error == null) {
            buildUi.say("Build '" + build.name() + "' finished after " + took + ".");
            return new BuildResult(build.name(), build.type(), RunStatus.SUCCEEDED, start, end, artifacts, null, null,
                    timings, masker, outputs.manifests());
        }
        boolean cancelled = token.isCancelled();
        String message = masker.mask(cancelled ? CancelledException.MESSAGE : StepErrors.message(error));
        if (!(error instanceof BuildFailure) && !(error instanceof CancelledException)) {
            log.log("[ERROR] build " + build.name() + " failed: " + stackTrace(error));
        }
        buildUi.error("Build '" + build.name() + "' errored after " + took + ": " + message);
        return new BuildResult(build.name(), build.type(), cancelled ? RunStatus.CANCELLED : RunStatus.FAILED, start,
                end, List.of(), error, message, timings, masker, outputs.manifests());
    }

    private static BuildResult notStarted(PlannedBuild build, SecretMasker masker) {
        return new BuildResult(build.name(), build.type(), RunStatus.CANCELLED, null, null, List.of(),
                new CancelledException(), CancelledException.MESSAGE, List.of(), masker, List.of());
    }

    /** Waits for a free slot; false when the run is cancelled meanwhile. */
    private boolean acquire(Semaphore slots) {
        while (!env.cancel().isCancelled()) {
            try {
                if (slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
