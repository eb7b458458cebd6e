package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.TransferPaths;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes what an upload sends to the Engine as a tar stream (the format of {@code PUT /containers/ID/archive}):
 * one file under a given name, or a local directory tree under a remote root. Entries are owned by root; the
 * communicator fixes the owner afterwards when asked to.
 */
final class TarUpload {

    private static final int CHUNK = 64 * 1024;

    private TarUpload() {
    }

    static TarArchiveOutputStream open(OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, CHUNK);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    /** Writes one regular file entry named {@code name} with {@code size} bytes from {@code content}. */
    static void file(TarArchiveOutputStream tar, String name, InputStream content, long size, int mode,
            String remotePath, TransferProgress progress) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(size);
        e.setMode(0100000 | (mode & 07777));
        e.setIds(0, 0);
        e.setModTime(System.currentTimeMillis());
        tar.putArchiveEntry(e);
        copy(content, tar, size, remotePath, progress);
        tar.closeArchiveEntry();
    }

    /**
     * Writes the directory {@code source} under {@code root} (a path relative to the extraction directory):
     * its files, subdirectories and symbolic links, skipping {@code exclude}d relative paths.
     *
     * @param withRoot whether to write an entry for {@code root} itself (not when filling an existing directory)
     * @return the top-level names written (relative to {@code root})
     */
    static List<String> directory(TarArchiveOutputStream tar, Path source, String root, boolean withRoot,
            List<String> exclude, String remoteRoot, TransferProgress progress) throws IOException {
        List<String> top = new ArrayList<>();
        if (withRoot && !root.isEmpty()) {
            dirEntry(tar, root, source);
        }
        walk(tar, source, source, root, exclude, remoteRoot, progress, top);
        return top;
    }

    private static void walk(TarArchiveOutputStream tar, Path base, Path dir, String root, List<String> exclude,
            String remoteRoot, TransferProgress progress, List<String> top) throws IOException {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        }
        for (Path p : children) {
            String rel = base.relativize(p).toString().replace('\\', '/');
            if (TransferPaths.excluded(rel, exclude)) {
                continue;
            }
            if (dir.equals(base)) {
                top.add(rel);
            }
            String name = root.isEmpty() ? rel : root + "/" + rel;
            if (Files.isSymbolicLink(p)) {
                TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                e.setLinkName(Files.readSymbolicLink(p).toString());
                e.setIds(0, 0);
                tar.putArchiveEntry(e);
                tar.closeArchiveEntry();
            } else if (Files.isDirectory(p)) {
                dirEntry(tar, name, p);
                walk(tar, base, p, root, exclude, remoteRoot, progress, top);
            } else if (Files.isRegularFile(p)) {
                long size = Files.size(p);
                try (InputStream in = Files.newInputStream(p)) {
                    file(tar, name, in, size, mode(p), TransferPaths.joinRemote(remoteRoot, rel), progress);
                }
            }
        }
    }

    private static void dirEntry(TarArchiveOutputStream tar, String name, Path dir) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
        e.setMode(040000 | mode(dir));
        e.setIds(0, 0);
        e.setModTime(Files.getLastModifiedTime(dir).toMillis());
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
    }

    /** POSIX permission bits of a local file (0644 or 0755 where the file system has none). */
    static int mode(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            int mode = 0;
            for (PosixFilePermission p : perms) {
                mode |= 1 << (8 - p.ordinal());
            }
            return mode;
        } catch (UnsupportedOperationException e) {
            return Files.isDirectory(file) ? 0755 : 0644;
        }
    }

    private static void copy(InputStream in, OutputStream out, long size, String path, TransferProgress progress)
            throws IOException {
        byte[] buf = new byte[CHUNK];
        long done = 0;
        while (done < size) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, size - done));
            if (n < 0) {
                throw new IOException("upload of " + path + ": the content ended after " + done + " of " + size
                        + " bytes");
            }
            out.write(buf, 0, n);
            done += n;
            progress.progress(path, done, size);
        }
        if (size == 0) {
            progress.progress(path, 0, 0);
        }
    }
}
