package io.jenkins.plugins.packer.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Secret files on the agent: created with owner-only permissions from the first byte (mode 0600 in a 0700
 * directory on POSIX systems; on others, readable only by the owner through {@link java.io.File}'s setters),
 * with unguessable names, and removed again.
 */
public final class PrivateFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code dir} (and parents) if missing; a new directory gets mode 0700. */
    public static Path directory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (dir.getParent() != null) {
            Files.createDirectories(dir.getParent());
        }
        try {
            if (POSIX) {
                Files.createDirectory(dir, perms("rwx------"));
            } else {
                Files.createDirectory(dir);
                ownerOnly(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // created concurrently: fine
        }
        return dir;
    }

    /**
     * Writes {@code content} to a new file {@code <prefix><random><suffix>} in {@code dir}, private from creation.
     *
     * @return the new file
     */
    public static Path write(Path dir, String prefix, String suffix, byte[] content) throws IOException {
        directory(dir);
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        Path file = dir.resolve(prefix + HexFormat.of().formatHex(random) + suffix);
        if (POSIX) {
            Files.createFile(file, perms("rw-------"));
        } else {
            Files.createFile(file);
            ownerOnly(file);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(content);
        }
        return file;
    }

    /** Deletes {@code file} if present; never throws (used in {@code finally}). Returns whether it is gone. */
    public static boolean deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return !Files.exists(file);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> perms(String spec) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(spec));
    }

    private static void ownerOnly(Path p) {
        java.io.File f = p.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
        f.setExecutable(false, false);
        if (Files.isDirectory(p)) {
            f.setExecutable(true, true);
        }
    }
}
