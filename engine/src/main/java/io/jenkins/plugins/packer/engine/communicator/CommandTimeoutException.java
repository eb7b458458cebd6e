package io.jenkins.plugins.packer.engine.communicator;

import java.time.Duration;

/** A remote command did not end within its time limit; the command has been ended. */
public class CommandTimeoutException extends CommunicatorException {

    private static final long serialVersionUID = 1L;

    public CommandTimeoutException(String command, Duration timeout) {
        super("remote command timed out after " + Durations.format(timeout) + ": " + command, false, null);
    }
}
