package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import io.jenkins.plugins.packer.engine.communicator.TransferPaths;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Packer's {@code docker} communicator over the Engine API: commands run with {@code exec} as
 * {@code /bin/sh -c (COMMAND)} (as {@code exec_user} when set), with output streamed and the exit code
 * reported; files and directories travel as tar streams ({@code PUT}/{@code GET /containers/ID/archive}), never
 * whole in memory. With {@code fix_upload_owner} uploads are given to the container's user afterwards.
 */
public final class DockerCommunicator implements Communicator {

    /** Spellings of root as a container user. */
    private static final java.util.Set<String> ROOT = java.util.Set.of("root", "0", "root:root", "0:0", "root:0", "0:root");

    private final DockerDriver driver;
    private final String containerId;
    private final String execUser;
    private final String owner;
    private final boolean fixOwner;

    /**
     * @param execUser the user commands run as, or null for the container's
     * @param containerUser the container's configured user ({@code Config.User}); uploads are given to it (root
     *     when empty) if {@code fixOwner}
     */
    public DockerCommunicator(DockerDriver driver, String containerId, String execUser, String containerUser,
            boolean fixOwner) {
        this.driver = driver;
        this.containerId = containerId;
        this.execUser = execUser == null || execUser.isEmpty() ? null : execUser;
        this.owner = containerUser == null || containerUser.isEmpty() ? "root" : containerUser;
        this.fixOwner = fixOwner;
    }

    @Override
    public String type() {
        return "docker";
    }

    @Override
    public RemoteProcess start(RemoteCommand command) throws IOException {
        ExecSession s = driver.exec(containerId, List.of("/bin/sh", "-c", "(" + command.command() + ")"), execUser,
                command.stdin(), command.stdout(), command.stderr());
        return new DockerRemoteProcess(command, s);
    }

    @Override
    public void upload(String destination, InputStream content, long size, int mode, TransferProgress progress)
            throws IOException {
        if (size < 0) {
            Path spool = Files.createTempFile("jpacker-upload", ".tmp");
            try {
                Files.copy(content, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (InputStream in = Files.newInputStream(spool)) {
                    upload(destination, in, Files.size(spool), mode, progress);
                }
            } finally {
                Files.deleteIfExists(spool);
            }
            return;
        }
        String name = TransferPaths.baseName(destination);
        sendTar(TransferPaths.remoteParent(destination), destination,
                tar -> TarUpload.file(tar, name, content, size, mode, destination, progress));
        if (!ROOT.contains(owner) || (mode & 06000) != 0) {
            // the file arrives owned by 0:0 (its tar entry's ids): giving it to root would change nothing but
            // cost a process in the container (chown only matters for another owner, or to clear set-id bits)
            fixOwner(List.of(destination));
        }
    }

    @Override
    public void upload(String destination, Path file, TransferProgress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            upload(destination, in, Files.size(file), TarUpload.mode(file), progress);
        }
    }

    @Override
    public void uploadDir(String destination, String source, List<String> exclude, TransferProgress progress)
            throws IOException {
        Path src = Path.of(source);
        if (!Files.isDirectory(src)) {
            throw new CommunicatorException("upload of " + source + ": not a directory");
        }
        String remoteRoot = TransferPaths.remoteRoot(destination, source);
        boolean contents = TransferPaths.copiesContents(source);
        String absRoot = remoteRoot.startsWith("/") ? remoteRoot : "/" + remoteRoot;
        String rel = absRoot.replaceAll("^/+", "").replaceAll("/+$", "");
        List<String> top = new ArrayList<>();
        sendTar("/", destination, tar -> top.addAll(
                TarUpload.directory(tar, src, rel, !contents, exclude, absRoot, progress)));
        if (contents) {
            fixOwner(top.stream().map(t -> TransferPaths.joinRemote(absRoot, t)).toList());
        } else {
            fixOwner(List.of(absRoot));
        }
    }

    @Override
    public void download(String source, OutputStream out, TransferProgress progress) throws IOException {
        try (InputStream tar = driver.copyFromContainer(containerId, source)) {
            TarDownload.file(tar, source, out, progress);
        } catch (DockerException e) {
            throw new CommunicatorException("download of " + source + ": " + e.getMessage(), false, e);
        }
    }

    @Override
    public void downloadDir(String source, Path destination, List<String> exclude, TransferProgress progress)
            throws IOException {
        String remote = source.length() > 1 ? source.replaceAll("/+$", "") : source;
        try (InputStream tar = driver.copyFromContainer(containerId, remote)) {
            // as the SSH communicator (scp -r): into destination/<name of source>, trailing slash or not
            TarDownload.directory(tar, source, destination, false, exclude, progress);
        } catch (DockerException e) {
            throw new CommunicatorException("download of " + source + ": " + e.getMessage(), false, e);
        }
    }

    @Override
    public void close() {
        // the container is removed by the builder
    }

    /** Streams a tar written by {@code writer} to the container directory {@code dir}. */
    private void sendTar(String dir, String what, TarWriter writer) throws IOException {
        try (TarPipe pipe = new TarPipe(in -> driver.copyToContainer(containerId, dir, in))) {
            TarArchiveOutputStream tar = TarUpload.open(pipe.output());
            try {
                writer.write(tar);
                tar.finish();
                tar.close();
            } catch (IOException e) {
                pipe.failWith(e);
            }
            pipe.await();
        } catch (DockerException e) {
            throw new CommunicatorException("upload to " + what + ": " + e.getMessage(), false, e);
        }
    }

    /** Packer's workaround for uploads owned by root: {@code chown -R USER PATHS} as root. */
    private void fixOwner(List<String> paths) throws IOException {
        if (!fixOwner || paths.isEmpty()) {
            return;
        }
        StringBuilder cmd = new StringBuilder("chown -R ").append(quote(owner));
        paths.forEach(p -> cmd.append(' ').append(quote(p)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExecSession s = driver.exec(containerId, List.of("/bin/sh", "-c", cmd.toString()), "root", null, out, out);
        CommandResult r = new DockerRemoteProcess(RemoteCommand.of(cmd.toString()), s).waitFor(null);
        if (!r.success()) {
            throw new CommunicatorException("Failed to set owner of the uploaded file: " + r.describe() + ", "
                    + out.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
        }
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }

    @FunctionalInterface
    interface TarWriter {
        void write(TarArchiveOutputStream tar) throws IOException;
    }
}
