package io.jenkins.plugins.packer.engine.postprocessor.compress;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.ui.Progress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * Packer's {@code compress} post-processor: renders {@code output}, detects the format ({@link CompressFormat}),
 * and streams the artifact's files through the archiver and compressor into it (with progress), never holding a
 * whole file in memory. A failed or interrupted archive is deleted. The input artifact is not kept by default.
 */
public final class CompressPostProcessor implements PostProcessor {

    private final CompressConfig config;

    public CompressPostProcessor(CompressConfig config) {
        this.config = config;
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        Map<String, Object> data = new HashMap<>(info.generatedData());
        data.put("BuildName", info.sourceName());
        data.put("BuilderType", info.builderType());
        String target;
        try {
            target = Placeholders.render(config.output(), data, info);
        } catch (GoTemplateException e) {
            throw new IllegalArgumentException("Error interpolating output value: " + e.getMessage(), e);
        }
        CompressFormat format = CompressFormat.detect(config.output(), config.format());
        List<String> files = input.files();
        if (format.archive() == null && files.size() != 1) {
            throw new IllegalArgumentException("Can only have 1 input file when not using tar/zip. Found "
                    + files.size() + " files: " + files.stream().reduce((a, b) -> a + " " + b)
                    .map(s -> "[" + s + "]").orElse("[]"));
        }
        Path out = ctx.workingDir().resolve(target);
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
        } catch (IOException e) {
            throw new IOException("Unable to create dir for archive " + target + ": " + e.getMessage(), e);
        }
        long total = 0;
        for (String f : files) {
            Path p = ctx.workingDir().resolve(f);
            total += Files.isRegularFile(p) ? Files.size(p) : 0;
        }
        boolean done = false;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 256 * 1024);
             OutputStream compressed = compressor(ctx, format, file, target);
             Progress progress = ctx.ui().progress(target, total)) {
            switch (format.archive() == null ? "" : format.archive()) {
                case "tar" -> {
                    ctx.ui().say("Tarring " + target + " with " + format.compressionLabel());
                    Archives.tar(files, ctx.workingDir(), compressed, progress);
                }
                case "zip" -> {
                    ctx.ui().say("Zipping " + target);
                    Archives.zip(files, ctx.workingDir(), compressed, progress);
                }
                default -> {
                    String source = files.get(0);
                    ctx.ui().say("Archiving " + source + " with " + format.compressionLabel());
                    try {
                        Archives.copy(ctx.workingDir().resolve(source), compressed, progress);
                    } catch (java.nio.file.NoSuchFileException e) {
                        throw new IOException("Failed to open source file " + source + " for reading: open "
                                + source + ": no such file or directory", e);
                    }
                }
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(out);
            }
        }
        ctx.ui().say("Archive " + target + " completed");
        return new PostProcessorResult(new CompressArtifact(target, ctx.workingDir()), false, false);
    }

    private OutputStream compressor(BuildContext ctx, CompressFormat format, OutputStream file, String target)
            throws IOException {
        int level = config.effectiveLevel();
        int cores = Runtime.getRuntime().availableProcessors();
        if (format.algorithm() == null) {
            return new NonClosing(file);
        }
        return switch (format.algorithm()) {
            case "bgzf" -> {
                ctx.ui().say("Using bgzf compression with 1 cores for " + target);
                yield new BgzfOutputStream(new NonClosing(file), level);
            }
            case "lz4" -> {
                ctx.ui().say("Using lz4 compression with 1 cores for " + target);
                yield new Lz4FrameOutputStream(new NonClosing(file));
            }
            case "xz" -> {
                ctx.ui().say("Using xz compression with 1 core for " + target + " (library does not support MT)");
                yield new XZCompressorOutputStream(new NonClosing(file), Math.min(level, 9));
            }
            default -> {
                ctx.ui().say("Using pgzip compression with " + cores + " cores for " + target);
                yield new ParallelGzipOutputStream(new NonClosing(file), level, cores);
            }
        };
    }

    /** Lets the compressor finish its stream without closing the file twice. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
