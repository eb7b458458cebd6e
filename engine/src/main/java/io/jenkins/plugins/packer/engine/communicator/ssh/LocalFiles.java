package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Local file helpers shared by the SCP and SFTP transfers. */
final class LocalFiles {

    private LocalFiles() {
    }

    /** POSIX permission bits of a local file (0644 / 0755 where the file system has none). */
    static int mode(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            int mode = 0;
            for (PosixFilePermission p : perms) {
                mode |= 1 << (8 - p.ordinal());
            }
            return mode;
        } catch (UnsupportedOperationException e) {
            return Files.isDirectory(file) ? 0755 : 0644;
        }
    }

    /** Applies POSIX permission bits to a local file where the file system supports them. */
    static void setMode(Path file, int mode) throws IOException {
        try {
            Set<PosixFilePermission> perms = java.util.EnumSet.noneOf(PosixFilePermission.class);
            for (PosixFilePermission p : PosixFilePermission.values()) {
                if ((mode & (1 << (8 - p.ordinal()))) != 0) {
                    perms.add(p);
                }
            }
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    /** The entries of a directory, sorted by name so transfers are deterministic. */
    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** Refuses names from the server that would escape the destination directory. */
    static void checkName(String name, String source) throws CommunicatorException {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            throw new CommunicatorException("download of " + source + ": the server sent an unsafe file name \""
                    + name + "\"");
        }
    }
}
