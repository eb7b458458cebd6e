package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.CommandTimeoutException;
import io.jenkins.plugins.packer.engine.communicator.LineOutputStream;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * A command run by the {@link DockerCommunicator}. The Engine API has no way to signal an exec'd process, so
 * {@link #signal} does nothing; a command ends by itself or with its container.
 */
final class DockerRemoteProcess implements RemoteProcess {

    private final RemoteCommand command;
    private final ExecSession session;

    DockerRemoteProcess(RemoteCommand command, ExecSession session) {
        this.command = command;
        this.session = session;
    }

    @Override
    public CommandResult waitFor(Duration timeout) throws IOException {
        OptionalInt code;
        try {
            code = session.waitFor(timeout);
        } catch (InterruptedException e) {
            session.close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for: " + command.command());
        } catch (DockerException e) {
            closeSinks();
            if (e.notFound()) {
                return CommandResult.disconnected("the container is gone");
            }
            throw e;
        }
        if (code.isEmpty()) {
            session.close();
            closeSinks();
            throw new CommandTimeoutException(command.command(), timeout);
        }
        closeSinks();
        return CommandResult.exited(code.getAsInt());
    }

    @Override
    public boolean isAlive() {
        return session.isAlive();
    }

    @Override
    public void signal(String signal) {
        // the Engine API cannot signal an exec'd process
    }

    @Override
    public void close() {
        session.close();
    }

    private void closeSinks() throws IOException {
        for (OutputStream out : new OutputStream[] {command.stdout(), command.stderr()}) {
            if (out != null) {
                out.flush();
                if (out instanceof LineOutputStream) {
                    out.close();
                }
            }
        }
    }
}
