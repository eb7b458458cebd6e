package io.jenkins.plugins.packer.engine.communicator;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A command to run on the remote machine, with where its streams go (Packer's {@code RemoteCmd}).
 *
 * <p>{@code stdout} and {@code stderr} are byte sinks; wrap a {@link LineSink} with {@link #lines} to get the
 * output line by line (as Packer's {@code RunWithUi} shows it). A null stream discards the output; a null
 * {@code stdin} sends EOF at once.
 *
 * @param command the command line, interpreted by the remote user's shell
 */
public record RemoteCommand(String command, InputStream stdin, OutputStream stdout, OutputStream stderr) {

    public RemoteCommand {
        Objects.requireNonNull(command, "command");
    }

    /** A command whose output is discarded. */
    public static RemoteCommand of(String command) {
        return new RemoteCommand(command, null, null, null);
    }

    /** A command whose stdout and stderr go line by line to the given sinks (either may be null). */
    public static RemoteCommand lines(String command, LineSink stdout, LineSink stderr) {
        return new RemoteCommand(command, null,
                stdout == null ? null : new LineOutputStream(stdout),
                stderr == null ? null : new LineOutputStream(stderr));
    }

    /** This command with the given standard input. */
    public RemoteCommand withStdin(InputStream in) {
        return new RemoteCommand(command, in, stdout, stderr);
    }

    /** This command with the given standard output. */
    public RemoteCommand withStdout(OutputStream out) {
        return new RemoteCommand(command, stdin, out, stderr);
    }

    /** This command with the given standard error. */
    public RemoteCommand withStderr(OutputStream err) {
        return new RemoteCommand(command, stdin, stdout, err);
    }

    @Override
    public String toString() {
        return command;
    }
}
