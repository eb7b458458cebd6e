package io.jenkins.plugins.packer.engine.cancel;

/**
 * Thrown by {@link CancelToken#throwIfCancelled()} and by code that gives up because its build was cancelled.
 * The message is Packer's: {@value #MESSAGE}
 */
public final class CancelledException extends RuntimeException {

    /** What Packer's builders return when their run was cancelled. */
    public static final String MESSAGE = "Build was cancelled.";

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super(MESSAGE);
    }
}
