package io.jenkins.plugins.packer.engine.communicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A connection to the machine being built, as Packer's {@code packersdk.Communicator}: start remote commands,
 * upload and download files and directories. Provisioners use only this interface.
 *
 * <p>Transfers are streamed (never buffered whole in memory) and report progress through a
 * {@link TransferProgress}. Directory uploads follow Packer's (rsync's) trailing-slash rule, see
 * {@link TransferPaths}. Every method may be called again after the remote machine rebooted: an implementation
 * that can reconnect does so once per call (see {@link StartRetry} for retrying until a deadline).
 *
 * <p>Failures are {@link CommunicatorException}s whose message is meant for the user.
 */
public interface Communicator extends AutoCloseable {

    /** Packer's name of this communicator type, e.g. {@code ssh} or {@code none}. */
    String type();

    /**
     * Starts a remote command and returns at once. The command's output is pumped to the sinks of {@code command}
     * on background threads until the command ends; call {@link RemoteProcess#waitFor} for its result.
     */
    RemoteProcess start(RemoteCommand command) throws IOException;

    /** Starts {@code command} and waits for it without a time limit. */
    default CommandResult run(RemoteCommand command) throws IOException {
        try (RemoteProcess process = start(command)) {
            return process.waitFor(null);
        }
    }

    /**
     * Uploads a stream to the remote file {@code destination} (a file path, not a directory).
     *
     * @param size     the number of bytes {@code content} yields, or -1 if unknown (SCP then spools to a
     *                 temporary file, because the protocol needs the size first)
     * @param mode     POSIX permission bits for the remote file, e.g. {@code 0644}
     */
    void upload(String destination, InputStream content, long size, int mode, TransferProgress progress)
            throws IOException;

    /** Uploads a local regular file to the remote file {@code destination}, keeping its permission bits. */
    void upload(String destination, Path file, TransferProgress progress) throws IOException;

    /**
     * Uploads a local directory. As Packer: if {@code source} ends with {@code /} its contents go into
     * {@code destination}; otherwise the directory itself is created as {@code destination/<name of source>}.
     *
     * @param exclude names (relative to {@code source}, {@code /}-separated) to leave out; may be empty
     */
    void uploadDir(String destination, String source, List<String> exclude, TransferProgress progress)
            throws IOException;

    /** Downloads the remote file {@code source} into {@code out} (not closed). */
    void download(String source, OutputStream out, TransferProgress progress) throws IOException;

    /**
     * Downloads a remote directory into the local directory {@code destination}. As with Packer (whose download
     * is OpenSSH's {@code scp -r}), the files land in {@code destination/<name of source>}, whether or not
     * {@code source} ends with a slash (checked with packer 1.6.6: source {@code logs/} and destination
     * {@code out/} give {@code out/logs/...}); the file provisioner decides the destination.
     */
    void downloadDir(String source, Path destination, List<String> exclude, TransferProgress progress)
            throws IOException;

    /**
     * Removes remote files, as {@code rm -f} (a missing file is fine). The default runs {@code rm -f} with the
     * paths single-quoted ({@code ~/} left outside the quotes so the shell expands it); an implementation may
     * do it without starting a remote process.
     *
     * @throws CommunicatorException if a file exists but cannot be removed, or the connection failed
     *     ({@linkplain CommunicatorException#retryable() retryable})
     */
    default void remove(List<String> paths) throws IOException {
        if (paths.isEmpty()) {
            return;
        }
        StringBuilder cmd = new StringBuilder("rm -f");
        for (String p : paths) {
            cmd.append(' ').append(RemoteShellQuote.quotePath(p));
        }
        CommandResult r = run(RemoteCommand.of(cmd.toString()));
        if (r.disconnected()) {
            throw new CommunicatorException("disconnected while removing " + String.join(", ", paths), true, null);
        }
        if (!r.success()) {
            throw new CommunicatorException("cannot remove " + String.join(", ", paths) + ": " + r.describe());
        }
    }

    /** Closes the connection and every tunnel; never throws. */
    @Override
    void close();
}
