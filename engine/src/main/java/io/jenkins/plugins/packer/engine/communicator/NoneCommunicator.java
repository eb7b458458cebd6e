package io.jenkins.plugins.packer.engine.communicator;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Packer's {@code communicator = "none"}: the build has no connection to the machine. Every operation fails
 * with a message saying so, which is what a provisioner that needs a connection reports.
 */
public final class NoneCommunicator implements Communicator {

    @Override
    public String type() {
        return "none";
    }

    @Override
    public RemoteProcess start(RemoteCommand command) throws CommunicatorException {
        throw unavailable("run the command \"" + command.command() + "\"");
    }

    @Override
    public void upload(String destination, InputStream content, long size, int mode, TransferProgress progress)
            throws CommunicatorException {
        throw unavailable("upload to " + destination);
    }

    @Override
    public void upload(String destination, Path file, TransferProgress progress) throws CommunicatorException {
        throw unavailable("upload " + file + " to " + destination);
    }

    @Override
    public void uploadDir(String destination, String source, List<String> exclude, TransferProgress progress)
            throws CommunicatorException {
        throw unavailable("upload " + source + " to " + destination);
    }

    @Override
    public void download(String source, OutputStream out, TransferProgress progress) throws CommunicatorException {
        throw unavailable("download " + source);
    }

    @Override
    public void downloadDir(String source, Path destination, List<String> exclude, TransferProgress progress)
            throws CommunicatorException {
        throw unavailable("download " + source);
    }

    @Override
    public void close() {
    }

    private static CommunicatorException unavailable(String what) {
        return new CommunicatorException("cannot " + what + ": this build uses communicator \"none\", so there is"
                + " no connection to the machine; set communicator = \"ssh\" (and its ssh_* settings) in the source");
    }
}
