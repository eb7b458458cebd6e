package io.jenkins.plugins.packer.engine.step;

/** The text shown for a failure: its message as Go's {@code err.Error()} would be, never a stack trace. */
public final class StepErrors {

    private StepErrors() {
    }

    public static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
