package io.jenkins.plugins.packer.engine.step;

import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import java.util.List;

/**
 * How a {@link StepRunner} run ended: its status, the failure (a {@link CancelledException} when cancelled,
 * null on success), the timings of every run and cleanup, and the cleanups that failed.
 */
public record StepRunResult(RunStatus status, Throwable error, List<StepTiming> timings,
                            List<CleanupFailure> cleanupFailures) {

    /** A cleanup that threw; the other cleanups ran all the same. */
    public record CleanupFailure(String step, Throwable error) {
    }

    public StepRunResult {
        timings = List.copyOf(timings);
        cleanupFailures = List.copyOf(cleanupFailures);
    }

    public boolean succeeded() {
        return status == RunStatus.SUCCEEDED;
    }

    /**
     * Turns the result back into control flow for a builder: returns on success, rethrows the step's failure,
     * throws {@link CancelledException} when cancelled.
     */
    public void rethrow() throws Exception {
        if (error instanceof Exception e) {
            throw e;
        }
        if (error instanceof Error e) {
            throw e;
        }
    }
}
