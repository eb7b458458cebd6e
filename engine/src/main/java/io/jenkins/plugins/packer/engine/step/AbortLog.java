package io.jenkins.plugins.packer.engine.step;

/**
 * What the on-error decorators of one run share: whether the user chose to abort, and whether the abort was
 * already announced (Packer's {@code "aborted"} and {@code "abort_step_logged"} state keys).
 */
final class AbortLog {

    private boolean aborted;
    private boolean logged;

    synchronized void abort() {
        aborted = true;
    }

    synchronized boolean aborted() {
        return aborted;
    }

    /**
     * Packer's {@code handleAbortsAndInterupts}: announces the abort once ("Interrupted, aborting..." or
     * {@code Step "X" failed, aborting...}, after the error itself), then {@code aborted: skipping cleanup of
     * step "Y"} for each later step. Returns whether {@code stepName}'s cleanup should run.
     */
    synchronized boolean shouldClean(StepContext ctx, String stepName) {
        boolean alreadyLogged = logged;
        if (ctx.error().isPresent() && !alreadyLogged) {
            ctx.ui().error(StepErrors.message(ctx.error().get()));
            logged = true;
        }
        if (ctx.cancelled() || ctx.halted()) {
            if (!alreadyLogged) {
                ctx.ui().error(ctx.cancelled() ? "Interrupted, aborting..."
                        : "Step \"" + stepName + "\" failed, aborting...");
                logged = true;
            } else {
                ctx.ui().error("aborted: skipping cleanup of step \"" + stepName + "\"");
            }
            return false;
        }
        return true;
    }
}
