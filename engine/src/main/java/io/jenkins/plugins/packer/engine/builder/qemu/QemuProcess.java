package io.jenkins.plugins.packer.engine.builder.qemu;

import java.time.Duration;
import java.util.OptionalInt;

/** A running QEMU: wait for it, stop it, read what it printed. */
public interface QemuProcess {

    long pid();

    boolean isAlive();

    /** Waits up to {@code timeout} (null: forever) and returns the exit code if it exited. */
    OptionalInt waitFor(Duration timeout) throws InterruptedException;

    /** SIGTERM: QEMU shuts down as if powered off. */
    void terminate();

    /** SIGKILL. */
    void kill();

    /** QEMU's own output (its errors), last lines. */
    String outputTail(int lines);

    /** The underlying process, to register with the cancellation token; null for fakes. */
    Process process();
}
