package io.jenkins.plugins.packer.engine.step;

/**
 * {@code -on-error=abort} and {@code run-cleanup-provisioner} around one step: its cleanup is skipped after a
 * failure or cancellation (see {@link AbortLog#shouldClean}); with {@code keepErrorCleanup} an
 * {@link ErrorCleanupStep} is cleaned up regardless, so the error-cleanup provisioner still runs.
 */
final class AbortStep implements Step {

    private final Step inner;
    private final boolean keepErrorCleanup;
    private final AbortLog abortLog;

    AbortStep(Step inner, boolean keepErrorCleanup, AbortLog abortLog) {
        this.inner = inner;
        this.keepErrorCleanup = keepErrorCleanup;
        this.abortLog = abortLog;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        inner.run(ctx);
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (keepErrorCleanup && inner instanceof ErrorCleanupStep) {
            inner.cleanup(ctx);
            return;
        }
        if (abortLog.shouldClean(ctx, inner.name())) {
            inner.cleanup(ctx);
        }
    }

    @Override
    public String name() {
        return inner.name();
    }
}
