package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.TransferPaths;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import net.schmizz.sshj.SSHClient;

/**
 * File transfers with the SCP protocol (the remote side runs {@code scp -t} or {@code scp -f}), written here
 * rather than taken from sshj so that data moves in large chunks straight between the file and the channel.
 * Protocol: every record ({@code C<mode> <size> <name>}, {@code D...}, {@code E}) and every file's data is
 * acknowledged by a zero byte; 1 (warning) or 2 (error) is followed by a message line.
 */
final class ScpTransfer {

    private ScpTransfer() {
    }

    /** Uploads {@code size} bytes of {@code content} to the remote file {@code destination}. */
    static void upload(SSHClient client, String destination, InputStream content, long size, int mode,
            TransferProgress progress) throws IOException {
        String dir = TransferPaths.remoteParent(destination);
        String name = TransferPaths.baseName(destination);
        try (ScpChannel scp = ScpChannel.open(client, "scp -t " + RemoteShell.quotePath(dir))) {
            scp.ack();
            sendFile(scp, name, content, size, mode, destination, progress);
            scp.finish();
        }
    }

    /** Uploads a local directory; {@code copyContents} sends only what is inside it. */
    static void uploadDir(SSHClient client, String destination, Path source, boolean copyContents,
            List<String> exclude, TransferProgress progress) throws IOException {
        try (ScpChannel scp = ScpChannel.open(client, "scp -rt " + RemoteShell.quotePath(destination))) {
            scp.ack();
            String root = destination;
            if (!copyContents) {
                root = TransferPaths.joinRemote(destination, source.getFileName().toString());
                scp.record(String.format("D%04o 0 %s\n", LocalFiles.mode(source), source.getFileName()));
            }
            sendTree(scp, source, "", root, exclude, progress);
            if (!copyContents) {
                scp.record("E\n");
            }
            scp.finish();
        }
    }

    private static void sendTree(ScpChannel scp, Path dir, String relative, String remoteDir, List<String> exclude,
            TransferProgress progress) throws IOException {
        for (Path entry : LocalFiles.list(dir)) {
            String name = entry.getFileName().toString();
            String rel = relative.isEmpty() ? name : relative + "/" + name;
            if (TransferPaths.excluded(rel, exclude)) {
                continue;
            }
            String remote = TransferPaths.joinRemote(remoteDir, name);
            if (Files.isDirectory(entry)) {
                scp.record(String.format("D%04o 0 %s\n", LocalFiles.mode(entry), name));
                sendTree(scp, entry, rel, remote, exclude, progress);
                scp.record("E\n");
            } else if (Files.isRegularFile(entry)) {
                try (InputStream in = Files.newInputStream(entry)) {
                    sendFile(scp, name, in, Files.size(entry), LocalFiles.mode(entry), remote, progress);
                }
            }
        }
    }

    private static void sendFile(ScpChannel scp, String name, InputStream content, long size, int mode,
            String remotePath, TransferProgress progress) throws IOException {
        if (name.indexOf('\n') >= 0) {
            throw new CommunicatorException("cannot transfer a file whose name contains a newline: " + remotePath);
        }
        scp.record(String.format("C%04o %d %s\n", mode & 07777, size, name));
        OutputStream out = scp.out();
        byte[] buf = new byte[SshTuning.CHUNK];
        long sent = 0;
        progress.progress(remotePath, 0, size);
        while (sent < size) {
            int n = content.read(buf, 0, (int) Math.min(buf.length, size - sent));
            if (n < 0) {
                throw new CommunicatorException("local file ended after " + sent + " of " + size + " bytes while"
                        + " uploading to " + remotePath);
            }
            out.write(buf, 0, n);
            sent += n;
            progress.progress(remotePath, sent, size);
        }
        out.write(0);
        out.flush();
        scp.ack();
    }

    /** Downloads the remote file {@code source} into {@code out}. */
    static void download(SSHClient client, String source, OutputStream out, TransferProgress progress)
            throws IOException {
        try (ScpChannel scp = ScpChannel.open(client, "scp -f " + RemoteShell.quotePath(source))) {
            scp.sendAck();
            String header = scp.readRecord();
            if (header.charAt(0) != 'C') {
                throw new CommunicatorException("scp download of " + source + ": not a regular file");
            }
            receiveFile(scp, header, source, out, progress);
            scp.sendAck();
            scp.finish();
        }
    }

    /**
     * Downloads a remote directory with {@code scp -rf}: as with Packer, its files land in
     * {@code destination/<name of source>}, whether or not {@code source} ends with a slash.
     */
    static void downloadDir(SSHClient client, String source, Path destination, List<String> exclude,
            TransferProgress progress) throws IOException {
        try (ScpChannel scp = ScpChannel.open(client, "scp -rf " + RemoteShell.quotePath(source))) {
            Deque<Path> dirs = new ArrayDeque<>();
            Deque<String> rels = new ArrayDeque<>();
            Path current = destination;
            String rel = "";
            while (true) {
                scp.sendAck();
                String record = scp.readRecord();
                char type = record.charAt(0);
                if (type == 'E') {
                    if (dirs.isEmpty()) {
                        throw new CommunicatorException("scp download of " + source + ": unbalanced directory end");
                    }
                    current = dirs.pop();
                    rel = rels.pop();
                    if (dirs.isEmpty()) {
                        scp.sendAck();
                        break;
                    }
                    continue;
                }
                String name = parseRecord(record, source)[2];
                LocalFiles.checkName(name, source);
                String childRel = dirs.isEmpty() ? "" : rel.isEmpty() ? name : rel + "/" + name;
                if (type == 'D') {
                    dirs.push(current);
                    rels.push(rel);
                    current = current.resolve(name);
                    rel = childRel;
                    Files.createDirectories(current);
                } else {
                    boolean skip = !dirs.isEmpty() && TransferPaths.excluded(childRel, exclude);
                    Path file = current.resolve(name);
                    try (OutputStream out = skip ? OutputStream.nullOutputStream() : Files.newOutputStream(file)) {
                        receiveFile(scp, record, file.toString(), out, progress);
                    }
                    if (!skip) {
                        LocalFiles.setMode(file, Integer.parseInt(parseRecord(record, source)[0], 8) & 0777);
                    }
                    if (dirs.isEmpty()) {
                        scp.sendAck();
                        break;
                    }
                }
            }
            scp.finish();
        }
    }

    private static void receiveFile(ScpChannel scp, String header, String what, OutputStream out,
            TransferProgress progress) throws IOException {
        long size = Long.parseLong(parseRecord(header, what)[1]);
        scp.sendAck();
        InputStream in = scp.in();
        byte[] buf = new byte[SshTuning.CHUNK];
        long got = 0;
        progress.progress(what, 0, size);
        while (got < size) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, size - got));
            if (n < 0) {
                throw new CommunicatorException("connection ended after " + got + " of " + size + " bytes of " + what,
                        true, null);
            }
            out.write(buf, 0, n);
            got += n;
            progress.progress(what, got, size);
        }
        scp.ack();
    }

    private static String[] parseRecord(String record, String what) throws CommunicatorException {
        String[] fields = record.substring(1).split(" ", 3);
        if (fields.length != 3) {
            throw new CommunicatorException("scp transfer of " + what + ": cannot parse the server's answer: " + record);
        }
        return fields;
    }
}
