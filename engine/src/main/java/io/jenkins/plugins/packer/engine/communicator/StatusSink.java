package io.jenkins.plugins.packer.engine.communicator;

/**
 * Where a communicator says what it is doing while the user waits, for example
 * "Waiting for SSH to become available..." and each new reason the last attempt failed. The build's UI is
 * one; tests collect the messages.
 */
@FunctionalInterface
public interface StatusSink {

    /** A sink that drops every message. */
    StatusSink NONE = message -> { };

    void say(String message);
}
