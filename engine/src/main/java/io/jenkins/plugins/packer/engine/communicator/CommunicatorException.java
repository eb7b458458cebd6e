package io.jenkins.plugins.packer.engine.communicator;

import java.io.IOException;

/**
 * A communicator failure with a message written for the user ("connection refused", "authentication failed:
 * tried publickey", "host key changed ..."). {@link #retryable()} tells waiting loops such as
 * {@link StartRetry} whether trying again can help.
 */
public class CommunicatorException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public CommunicatorException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public CommunicatorException(String message) {
        this(message, false, null);
    }

    /** True if the same operation may succeed later (the host is still booting or rebooting). */
    public boolean retryable() {
        return retryable;
    }
}
