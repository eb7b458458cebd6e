package io.jenkins.plugins.packer.engine.step;

import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.log.StartupTrace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs steps in order on the calling thread (Packer's {@code BasicRunner}) and then the cleanups of every step
 * whose run was started, most recent first, whatever happened: success, a failing step, cancellation, even an
 * {@link Error}. A cleanup that throws is reported on the UI and recorded; the remaining cleanups still run.
 *
 * <p>Cancellation is checked before each step, and while a step runs the thread is interrupted as soon as the
 * token is cancelled (together with whatever the step registered on the token); a step that then fails or
 * returns ends the run as {@link RunStatus#CANCELLED}. Cleanups run with the interrupt flag cleared.
 */
public final class StepRunner {

    private final List<Step> steps;
    private final Clock clock;

    public StepRunner(List<? extends Step> steps) {
        this(steps, Clock.systemUTC());
    }

    public StepRunner(List<? extends Step> steps, Clock clock) {
        this.steps = List.copyOf(steps);
        this.clock = clock;
    }

    public StepRunResult run(StepContext ctx) {
        Deque<Step> started = new ArrayDeque<>();
        List<StepTiming> timings = new ArrayList<>();
        List<StepRunResult.CleanupFailure> cleanupFailures = new ArrayList<>();
        RunStatus status = RunStatus.SUCCEEDED;
        Throwable error = null;
        try {
            for (Step step : steps) {
                if (ctx.cancelled()) {
                    status = RunStatus.CANCELLED;
                    error = new CancelledException();
                    break;
                }
                started.push(step);
                Instant start = clock.instant();
                Throwable failure = runInterruptibly(step, ctx);
                if (failure == null && !ctx.cancelled()) {
                    record(ctx, timings, step, StepTiming.Phase.RUN, start, RunStatus.SUCCEEDED, null);
                    continue;
                }
                if (failure == null) {
                    // returned, but the run was cancelled meanwhile: its result cannot be trusted
                    status = RunStatus.CANCELLED;
                    error = new CancelledException();
                    record(ctx, timings, step, StepTiming.Phase.RUN, start, status, CancelledException.MESSAGE);
                    break;
                }
                if (ctx.cancelled()) {
                    status = RunStatus.CANCELLED;
                    error = new CancelledException();
                } else {
                    status = RunStatus.FAILED;
                    error = failure;
                    ctx.fail(failure);
                }
                record(ctx, timings, step, StepTiming.Phase.RUN, start, status, StepErrors.message(failure));
                if (failure instanceof Error e && !(failure instanceof AssertionError)) {
                    throw e;
                }
                break;
            }
        } finally {
            Thread.interrupted();
            while (!started.isEmpty()) {
                Step step = started.pop();
                Instant start = clock.instant();
                try {
                    step.cleanup(ctx);
                    record(ctx, timings, step, StepTiming.Phase.CLEANUP, start, RunStatus.SUCCEEDED, null);
                } catch (Exception | AssertionError e) {
                    cleanupFailures.add(new StepRunResult.CleanupFailure(step.name(), e));
                    record(ctx, timings, step, StepTiming.Phase.CLEANUP, start, RunStatus.FAILED,
                            StepErrors.message(e));
                    ctx.ui().error("Error cleaning up step \"" + step.name() + "\": " + StepErrors.message(e));
                } finally {
                    Thread.interrupted();
                }
            }
        }
        return new StepRunResult(status, error, timings, cleanupFailures);
    }

    private static Throwable runInterruptibly(Step step, StepContext ctx) {
        Registration interrupt = ctx.cancel().interruptOnCancel(Thread.currentThread());
        try {
            StartupTrace.mark("step " + step.name());
            step.run(ctx);
            return null;
        } catch (Exception | Error e) {
            return e;
        } finally {
            interrupt.close();
            Thread.interrupted();
        }
    }

    private void record(StepContext ctx, List<StepTiming> timings, Step step, StepTiming.Phase phase,
                        Instant start, RunStatus status, String error) {
        if (step instanceof DebugPauseStep) {
            return;
        }
        StepTiming timing = new StepTiming(step.name(), phase, start, Duration.between(start, clock.instant()),
                status, error);
        timings.add(timing);
        ctx.listener().stepEnded(timing);
    }
}
