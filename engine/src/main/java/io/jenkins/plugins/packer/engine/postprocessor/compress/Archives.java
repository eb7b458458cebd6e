package io.jenkins.plugins.packer.engine.postprocessor.compress;

import io.jenkins.plugins.packer.engine.ui.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Streams files into tar (entries named by base name, mode and time kept, GNU long names) or zip (entries named
 * by the path as given, with {@code /}), or copies one file, as Packer's {@code compress} does.
 */
final class Archives {

    private Archives() {
    }

    static void tar(List<String> files, Path workingDir, OutputStream out, Progress progress) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_STAR);
        for (String name : files) {
            Path file = workingDir.resolve(name);
            if (!Files.isReadable(file)) {
                throw new IOException("Unable to read file " + name + ": open " + name + ": no such file or directory");
            }
            TarArchiveEntry entry = new TarArchiveEntry(file.getFileName().toString());
            entry.setSize(Files.size(file));
            entry.setModTime(Files.getLastModifiedTime(file));
            entry.setMode(mode(file));
            tar.putArchiveEntry(entry);
            copy(file, tar, progress);
            tar.closeArchiveEntry();
        }
        tar.finish();
    }

    static void zip(List<String> files, Path workingDir, OutputStream out, Progress progress) throws IOException {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        for (String name : files) {
            Path file = workingDir.resolve(name);
            if (!Files.isReadable(file)) {
                throw new IOException("Unable to read file " + name + ": open " + name + ": no such file or directory");
            }
            ZipArchiveEntry entry = new ZipArchiveEntry(name.replace('\\', '/'));
            entry.setMethod(ZipArchiveEntry.DEFLATED);
            zip.putArchiveEntry(entry);
            copy(file, zip, progress);
            zip.closeArchiveEntry();
        }
        zip.finish();
    }

    static void copy(Path file, OutputStream out, Progress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[128 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("compression interrupted");
                }
                out.write(buf, 0, n);
                progress.advance(n);
            }
        }
    }

    private static int mode(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            int mode = 0;
            for (PosixFilePermission p : perms) {
                mode |= 1 << (8 - p.ordinal());
            }
            return TarArchiveEntry.DEFAULT_FILE_MODE & ~0777 | mode;
        } catch (UnsupportedOperationException e) {
            return TarArchiveEntry.DEFAULT_FILE_MODE;
        }
    }
}
