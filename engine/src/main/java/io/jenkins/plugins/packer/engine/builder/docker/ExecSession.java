package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;

/** A command started with {@link DockerDriver#exec}. */
public interface ExecSession extends AutoCloseable {

    /**
     * Waits for the command to end and its output to be delivered; interruptible.
     *
     * @param timeout null to wait without limit
     * @return the exit code, or empty if {@code timeout} passed first
     */
    OptionalInt waitFor(Duration timeout) throws IOException, InterruptedException;

    /** True until the command's output stream has ended. */
    boolean isAlive();

    /** Stops reading the command's output (the command itself goes on until the container ends). */
    @Override
    void close();
}
