package io.jenkins.plugins.packer.engine.communicator;

import java.io.IOException;
import java.time.Duration;

/**
 * A started remote command. Closing it closes the command's channel without waiting: with a PTY the remote
 * process group gets SIGHUP; without one, OpenSSH lets the command run to its end (as with Packer).
 */
public interface RemoteProcess extends AutoCloseable {

    /**
     * Waits for the command to end and all of its output to be delivered to the sinks.
     *
     * @param timeout null to wait without limit
     * @return the result; a dropped connection is a result ({@link CommandResult#disconnected()}), not an error
     * @throws CommandTimeoutException if {@code timeout} passed first; the command is then sent TERM (servers
     *         may refuse signals, OpenSSH does for root) and its channel closed
     * @throws IOException if the output could not be delivered to a sink
     */
    CommandResult waitFor(Duration timeout) throws IOException;

    /** True until the command has ended. */
    boolean isAlive();

    /** Asks the server to deliver a signal (e.g. {@code TERM}); servers may refuse it silently. */
    void signal(String signal);

    /** Ends the command (closes its channel) if still running; never throws. */
    @Override
    void close();
}
