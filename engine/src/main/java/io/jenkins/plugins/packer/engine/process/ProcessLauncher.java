package io.jenkins.plugins.packer.engine.process;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Starts child processes and writes the scripts they execute without "Text file busy". A process forked while
 * another thread still has a script open for writing inherits that descriptor, and executing the script then
 * fails with ETXTBSY; with parallel builds this happens. Every component that writes an executable file or starts
 * a process goes through this class, which never lets the two overlap.
 */
public final class ProcessLauncher {

    private static final Object LOCK = new Object();

    private ProcessLauncher() {
    }

    /** Starts {@code pb} while no executable file is being written. */
    public static Process start(ProcessBuilder pb) throws IOException {
        synchronized (LOCK) {
            return pb.start();
        }
    }

    /** Writes {@code content} (UTF-8) to {@code file}, made executable by its owner only (0700). */
    public static void writeExecutable(Path file, String content) throws IOException {
        synchronized (LOCK) {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(content);
            }
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
