package io.jenkins.plugins.packer.engine.postprocessor.checksum;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.FilesArtifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Packer's {@code checksum} post-processor: for each type and each input file, appends {@code HEX<TAB>basename}
 * to the rendered {@code output} file (created with its directories); the new artifact (builder id
 * {@value #BUILDER_ID}) lists the input files plus the checksum files it created. Files are streamed.
 */
public final class ChecksumPostProcessor implements PostProcessor {

    public static final String BUILDER_ID = "packer.post-processor.checksum";

    private final ChecksumConfig config;

    public ChecksumPostProcessor(ChecksumConfig config) {
        this.config = config;
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        Map<String, Object> data = new HashMap<>(info.generatedData());
        data.put("BuildName", info.sourceName());
        data.put("BuilderType", info.builderType());
        List<String> files = new ArrayList<>(input.files());
        List<String> types = config.checksumTypes() == null ? List.of("md5") : config.checksumTypes();
        for (String typeName : types) {
            ChecksumType type = ChecksumType.of(typeName);
            if (type == null) {
                throw new IllegalArgumentException("Unrecognized checksum type: " + typeName);
            }
            data.put("ChecksumType", typeName);
            for (String art : input.files()) {
                String checksumFile = Placeholders.render(config.output(), data, info);
                Path out = ctx.workingDir().resolve(checksumFile);
                if (!Files.exists(out)) {
                    files.add(checksumFile);
                }
                try {
                    if (out.getParent() != null) {
                        Files.createDirectories(out.getParent());
                    }
                } catch (IOException e) {
                    throw new IOException("unable to create dir: " + e.getMessage(), e);
                }
                String hex = hash(type.digest(), ctx.workingDir().resolve(art), art, typeName);
                String line = hex + "\t" + Path.of(art).getFileName() + "\n";
                try {
                    Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                } catch (IOException e) {
                    throw new IOException("unable to create file " + checksumFile + ": " + e.getMessage(), e);
                }
            }
        }
        return new PostProcessorResult(new FilesArtifact(BUILDER_ID, files, ctx.workingDir()), true, true);
    }

    private static String hash(MessageDigest digest, Path file, String name, String type) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("checksum interrupted");
                }
                digest.update(buf, 0, n);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("unable to open file " + name + ": open " + name + ": no such file or directory", e);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("unable to compute " + type + " hash for " + name, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
