package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.TransferPaths;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.FileMode;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.RemoteResourceInfo;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.sftp.SFTPException;

/**
 * File transfers over SFTP with pipelining deeper than sshj's default: writes of {@link #WRITE_CHUNK} bytes
 * with up to {@link #IN_FLIGHT} unacknowledged requests, reads with the same read-ahead depth. Both can be
 * overridden with the system properties {@code jpacker.sftp.chunk} and {@code jpacker.sftp.inflight}.
 */
final class SftpTransfer {

    /** Bytes per SFTP write request (OpenSSH's sftp-server accepts requests up to 256 KiB). */
    static final int WRITE_CHUNK = Integer.getInteger("jpacker.sftp.chunk", 64 << 10);
    /** Unacknowledged requests in flight. */
    static final int IN_FLIGHT = Integer.getInteger("jpacker.sftp.inflight", 64);

    private SftpTransfer() {
    }

    static void upload(SSHClient client, String destination, InputStream content, long size, int mode,
            TransferProgress progress) throws IOException {
        try (SFTPClient sftp = client.newSFTPClient()) {
            uploadFile(sftp, destination, content, size, mode, progress);
        }
    }

    /** Uploads over an open SFTP session (the connection's shared one). */
    static void upload(SFTPClient sftp, String destination, InputStream content, long size, int mode,
            TransferProgress progress) throws IOException {
        uploadFile(sftp, destination, content, size, mode, progress);
    }

    private static void uploadFile(SFTPClient sftp, String destination, InputStream content, long size, int mode,
            TransferProgress progress) throws IOException {
        String path = RemoteShell.sftpPath(destination);
        try (RemoteFile file = sftp.open(path, EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC),
                new FileAttributes.Builder().withPermissions(mode & 07777).build())) {
            OutputStream out = file.new RemoteFileOutputStream(0, IN_FLIGHT);
            byte[] buf = new byte[WRITE_CHUNK];
            long sent = 0;
            progress.progress(destination, 0, size);
            int n;
            while ((size < 0 || sent < size) && (n = content.readNBytes(buf, 0, size < 0 ? buf.length
                    : (int) Math.min(buf.length, size - sent))) > 0) {
                out.write(buf, 0, n);
                sent += n;
                progress.progress(destination, sent, size);
            }
            out.close();
            if (size >= 0 && sent < size) {
                throw new CommunicatorException("local file ended after " + sent + " of " + size
                        + " bytes while uploading to " + destination);
            }
        } catch (SFTPException e) {
            throw new CommunicatorException("sftp upload to " + destination + ": " + e.getMessage(), false, e);
        }
        sftp.chmod(path, mode & 07777);
    }

    static void uploadDir(SSHClient client, String destination, Path source, boolean copyContents,
            List<String> exclude, TransferProgress progress) throws IOException {
        try (SFTPClient sftp = client.newSFTPClient()) {
            String root = RemoteShell.sftpPath(destination);
            if (!copyContents) {
                root = TransferPaths.joinRemote(root, source.getFileName().toString());
                mkdir(sftp, root, LocalFiles.mode(source));
            }
            sendTree(sftp, source, "", root, exclude, progress);
        }
    }

    private static void sendTree(SFTPClient sftp, Path dir, String relative, String remoteDir, List<String> exclude,
            TransferProgress progress) throws IOException {
        for (Path entry : LocalFiles.list(dir)) {
            String name = entry.getFileName().toString();
            String rel = relative.isEmpty() ? name : relative + "/" + name;
            if (TransferPaths.excluded(rel, exclude)) {
                continue;
            }
            String remote = TransferPaths.joinRemote(remoteDir, name);
            if (Files.isDirectory(entry)) {
                mkdir(sftp, remote, LocalFiles.mode(entry));
                sendTree(sftp, entry, rel, remote, exclude, progress);
            } else if (Files.isRegularFile(entry)) {
                try (InputStream in = Files.newInputStream(entry)) {
                    uploadFile(sftp, remote, in, Files.size(entry), LocalFiles.mode(entry), progress);
                }
            }
        }
    }

    private static void mkdir(SFTPClient sftp, String path, int mode) throws IOException {
        try {
            sftp.mkdir(path);
        } catch (SFTPException e) {
            FileAttributes existing = sftp.statExistence(path);
            if (existing == null || existing.getType() != FileMode.Type.DIRECTORY) {
                throw new CommunicatorException("sftp: cannot create directory " + path + ": " + e.getMessage(), false, e);
            }
        }
        sftp.chmod(path, mode & 07777);
    }

    static void download(SSHClient client, String source, OutputStream out, TransferProgress progress)
            throws IOException {
        try (SFTPClient sftp = client.newSFTPClient()) {
            downloadFile(sftp, RemoteShell.sftpPath(source), source, out, progress);
        }
    }

    private static void downloadFile(SFTPClient sftp, String path, String shown, OutputStream out,
            TransferProgress progress) throws IOException {
        try (RemoteFile file = sftp.open(path)) {
            long size = file.length();
            InputStream in = file.new ReadAheadRemoteFileInputStream(IN_FLIGHT);
            byte[] buf = new byte[SshTuning.CHUNK];
            long got = 0;
            progress.progress(shown, 0, size);
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                got += n;
                progress.progress(shown, got, size);
            }
        } catch (SFTPException e) {
            throw new CommunicatorException("sftp download of " + shown + ": " + e.getMessage(), false, e);
        }
    }

    /** As {@link ScpTransfer#downloadDir}: files land in {@code destination/<name of source>}. */
    static void downloadDir(SSHClient client, String source, Path destination, List<String> exclude,
            TransferProgress progress) throws IOException {
        try (SFTPClient sftp = client.newSFTPClient()) {
            String path = RemoteShell.sftpPath(source);
            FileAttributes attrs = sftp.statExistence(path);
            if (attrs == null) {
                throw new CommunicatorException("sftp download of " + source + ": no such file or directory");
            }
            Path root = destination.resolve(TransferPaths.baseName(source));
            Files.createDirectories(root);
            receiveTree(sftp, path, root, "", exclude, progress);
        }
    }

    private static void receiveTree(SFTPClient sftp, String remoteDir, Path localDir, String relative,
            List<String> exclude, TransferProgress progress) throws IOException {
        List<RemoteResourceInfo> entries = sftp.ls(remoteDir).stream()
                .sorted(Comparator.comparing(RemoteResourceInfo::getName)).toList();
        for (RemoteResourceInfo entry : entries) {
            String name = entry.getName();
            LocalFiles.checkName(name, remoteDir);
            String rel = relative.isEmpty() ? name : relative + "/" + name;
            if (TransferPaths.excluded(rel, exclude)) {
                continue;
            }
            Path local = localDir.resolve(name);
            if (entry.isDirectory()) {
                Files.createDirectories(local);
                receiveTree(sftp, entry.getPath(), local, rel, exclude, progress);
            } else if (entry.isRegularFile()) {
                try (OutputStream out = Files.newOutputStream(local)) {
                    downloadFile(sftp, entry.getPath(), entry.getPath(), out, progress);
                }
                LocalFiles.setMode(local, entry.getAttributes().getMode().getPermissionsMask());
            }
        }
    }
}
