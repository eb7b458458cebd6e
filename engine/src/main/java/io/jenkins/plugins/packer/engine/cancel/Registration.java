package io.jenkins.plugins.packer.engine.cancel;

/**
 * Undoes a registration made with a {@link CancelToken}: after {@link #close()}, a later cancellation no longer
 * runs the registered action. Closing twice, or after the action ran, does nothing.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** A registration with nothing to undo. */
    Registration NONE = () -> { };

    @Override
    void close();
}
