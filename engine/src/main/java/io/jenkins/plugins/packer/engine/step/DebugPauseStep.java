package io.jenkins.plugins.packer.engine.step;

/**
 * {@code -debug}: inserted after each step (Packer's {@code DebugRunner}); pauses with
 * {@code Pausing after run of step 'X'. Press enter to continue.} and, during cleanup, {@code Pausing before
 * cleanup of step 'X'. ...}. Without a terminal nobody can answer and the build goes on; a cancellation ends
 * the pause.
 */
final class DebugPauseStep implements Step {

    private final String stepName;

    DebugPauseStep(String stepName) {
        this.stepName = stepName;
    }

    @Override
    public void run(StepContext ctx) {
        pause(ctx, "after run of");
    }

    @Override
    public void cleanup(StepContext ctx) {
        pause(ctx, "before cleanup of");
    }

    private void pause(StepContext ctx, String location) {
        CancellablePrompt.ask(ctx, "Pausing " + location + " step '" + stepName + "'. Press enter to continue.");
    }

    @Override
    public String name() {
        return "DebugPause(" + stepName + ")";
    }
}
