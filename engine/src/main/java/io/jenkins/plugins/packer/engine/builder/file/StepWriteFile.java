package io.jenkins.plugins.packer.engine.builder.file;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.ui.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the target: creates the directories leading to it, then copies {@code source} (streamed, with
 * progress, "Copying S to T" / "Copied N bytes") or writes {@code content} (mode 0600, as Packer). When the
 * build fails or is cancelled the target is deleted again (kept with {@code -on-error=abort}), as builders with an
 * output directory do; Packer's file builder leaves it.
 */
final class StepWriteFile implements Step {

    private static final long TRANSFER_CHUNK = 8L << 20;

    private final FileConfig config;
    private final Path workingDir;

    StepWriteFile(FileConfig config, Path workingDir) {
        this.config = config;
        this.workingDir = workingDir;
    }

    @Override
    public void run(StepContext ctx) throws IOException {
        Path target = workingDir.resolve(config.target());
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (config.source() != null && !config.source().isEmpty()) {
            Path source = workingDir.resolve(config.source());
            long size = Files.size(source);
            ctx.ui().say("Copying " + config.source() + " to " + config.target());
            long copied;
            try (Progress progress = ctx.ui().progress(config.source(), size)) {
                copied = Files.isRegularFile(source) ? transfer(source, target, progress)
                        : stream(source, target, progress);
            }
            ctx.ui().say("Copied " + copied + " bytes");
        } else {
            String content = config.content() == null ? "" : config.content();
            Files.write(target, content.getBytes(StandardCharsets.UTF_8));
            restrict(target);
        }
    }

    @Override
    public void cleanup(StepContext ctx) throws IOException {
        if (ctx.halted() || ctx.cancelled()) {
            Files.deleteIfExists(workingDir.resolve(config.target()));
        }
    }

    /** Copies in the kernel (no passes through Java buffers), a chunk at a time for progress and cancellation. */
    private static long transfer(Path source, Path target, Progress progress) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            long copied = 0;
            long n;
            while ((n = in.transferTo(copied, TRANSFER_CHUNK, out)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("copy interrupted");
                }
                copied += n;
                progress.advance(n);
            }
            return copied;
        }
    }

    /** Copies what is not a regular file (a pipe, a device) through a buffer until its end. */
    private static long stream(Path source, Path target, Progress progress) throws IOException {
        try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            long copied = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("copy interrupted");
                }
                out.write(buf, 0, n);
                copied += n;
                progress.advance(n);
            }
            return copied;
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
    }

    @Override
    public String name() {
        return "StepWriteFile";
    }
}
