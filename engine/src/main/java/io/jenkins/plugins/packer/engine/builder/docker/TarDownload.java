package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.TransferPaths;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads what {@code GET /containers/ID/archive} sends: a tar stream whose top entry is the requested path's
 * base name. Extraction refuses entries that would land outside the destination (absolute names, {@code ..},
 * writing through a symbolic link).
 */
final class TarDownload {

    private static final int CHUNK = 64 * 1024;

    private TarDownload() {
    }

    /** Copies the single regular file of the stream to {@code out}. */
    static void file(InputStream tarStream, String source, OutputStream out, TransferProgress progress)
            throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(tarStream);
        TarArchiveEntry e = tar.getNextEntry();
        if (e == null) {
            throw new CommunicatorException("download of " + source + ": the container sent nothing");
        }
        if (e.isDirectory()) {
            throw new CommunicatorException("download of " + source + ": it is a directory; download it as a "
                    + "directory (a destination ending in /)");
        }
        if (e.isSymbolicLink()) {
            throw new CommunicatorException("download of " + source + ": it is a symbolic link to "
                    + e.getLinkName() + "; download the target instead");
        }
        copy(tar, out, e.getSize(), source, progress);
    }

    /**
     * Extracts the stream of remote directory {@code source} into {@code destination}: with {@code contents}
     * the top directory's children go straight into it, otherwise the top directory is created in it.
     */
    static void directory(InputStream tarStream, String source, Path destination, boolean contents,
            List<String> exclude, TransferProgress progress) throws IOException {
        Path root = destination.toAbsolutePath().normalize();
        Files.createDirectories(root);
        TarArchiveInputStream tar = new TarArchiveInputStream(tarStream);
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
            String name = e.getName();
            while (name.endsWith("/")) {
                name = name.substring(0, name.length() - 1);
            }
            int slash = name.indexOf('/');
            String rel = slash < 0 ? "" : name.substring(slash + 1);
            if (slash < 0 && !e.isDirectory()) {
                throw new CommunicatorException("download of " + source + ": it is not a directory");
            }
            if (!rel.isEmpty() && TransferPaths.excluded(rel, exclude)) {
                continue;
            }
            String local = contents ? rel : name;
            if (local.isEmpty()) {
                continue;
            }
            Path target = safeTarget(root, local, source);
            if (e.isDirectory()) {
                Files.createDirectories(target);
                setMode(target, e.getMode());
            } else if (e.isSymbolicLink()) {
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(e.getLinkName()));
            } else if (e.isFile()) {
                if (Files.isSymbolicLink(target)) {
                    Files.delete(target);
                }
                try (OutputStream out = Files.newOutputStream(target)) {
                    copy(tar, out, e.getSize(), TransferPaths.joinRemote(source, rel), progress);
                }
                setMode(target, e.getMode());
            }
        }
    }

    private static Path safeTarget(Path root, String rel, String source) throws IOException {
        Path target = root.resolve(rel).normalize();
        if (rel.startsWith("/") || !target.startsWith(root) || target.equals(root)) {
            throw new CommunicatorException("download of " + source + ": unsafe entry \"" + rel + "\"");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (!parent.toRealPath().startsWith(root.toRealPath())) {
            throw new CommunicatorException("download of " + source + ": entry \"" + rel
                    + "\" would be written through a symbolic link");
        }
        return target;
    }

    private static void setMode(Path file, int mode) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - p.ordinal()))) != 0) {
                perms.add(p);
            }
        }
        try {
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    private static void copy(InputStream in, OutputStream out, long size, String path, TransferProgress progress)
            throws IOException {
        byte[] buf = new byte[CHUNK];
        long done = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            done += n;
            progress.progress(path, done, size);
        }
        if (done == 0) {
            progress.progress(path, 0, size);
        }
    }
}
