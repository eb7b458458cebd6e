package io.jenkins.plugins.packer.engine.postprocessor.manifest;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Placeholders;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Packer's {@code manifest} post-processor: appends this build's entry to the manifest file (created when
 * missing; emptied first when {@code -force} is given and the file's {@code last_run_uuid} is another run's),
 * sets {@code last_run_uuid}, and passes its input artifact on (kept, forced). Parallel builds of one run writing
 * the same file are serialized in the JVM, and across processes with Packer's {@code OUTPUT.lock} file. Every
 * string of the new entry is masked with the build's secrets. Without {@code custom_data} in its configuration it
 * records the custom data the host passed in {@code JPACKER_MANIFEST_CUSTOM_DATA} (the Jenkins plugin's build
 * metadata), if any; with its own, the host's is ignored. The file is recorded in the build's outputs (the report's
 * {@code manifests}): it is no artifact.
 */
public final class ManifestPostProcessor implements PostProcessor {

    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final ManifestConfig config;
    private final HostCustomData hostCustomData;

    /** A post-processor that takes the host's custom data from this process's environment. */
    public ManifestPostProcessor(ManifestConfig config) {
        this(config, System.getenv());
    }

    /**
     * @param environment where the host's {@code JPACKER_MANIFEST_CUSTOM_DATA} is looked up
     */
    public ManifestPostProcessor(ManifestConfig config, Map<String, String> environment) {
        this.config = config;
        this.hostCustomData = HostCustomData.from(environment);
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        Map<String, String> custom = null;
        if (config.customData() != null) {
            custom = new TreeMap<>();
            for (Map.Entry<String, String> e : config.customData().entrySet()) {
                try {
                    custom.put(e.getKey(), Placeholders.render(e.getValue(), info.generatedData(), info));
                } catch (GoTemplateException ex) {
                    throw new IllegalArgumentException("Error interpolating custom data: " + ex.getMessage(), ex);
                }
            }
        } else if (hostCustomData.isPresent()) {
            custom = hostCustomData.entries();
        }
        List<ManifestEntry.FileEntry> files = null;
        for (String name : input.files()) {
            Path p = ctx.workingDir().resolve(name);
            long size = Files.isRegularFile(p) ? Files.size(p) : 0;
            String recorded = Boolean.TRUE.equals(config.stripPath()) ? Path.of(name).getFileName().toString() : name;
            if (files == null) {
                files = new ArrayList<>();
            }
            files.add(new ManifestEntry.FileEntry(recorded, size));
        }
        long time = Boolean.TRUE.equals(config.stripTime()) ? 0 : Instant.now().getEpochSecond();
        ManifestEntry entry = mask(new ManifestEntry(info.sourceName(), info.builderType(), time, files, input.id(),
                info.runUuid(), custom), ctx.masker());
        String output = config.output();
        Path out = ctx.workingDir().resolve(output).toAbsolutePath().normalize();
        synchronized (LOCKS.computeIfAbsent(out, k -> new Object())) {
            Path lock = out.resolveSibling(out.getFileName() + ".lock");
            boolean locked = lockFile(ctx, lock);
            try {
                update(out, output, entry, info.runUuid(), ctx.options().force());
                ctx.outputs().manifestWritten(output);
            } finally {
                if (locked) {
                    Files.deleteIfExists(lock);
                }
            }
        }
        return new PostProcessorResult(input, true, true);
    }

    private static void update(Path out, String output, ManifestEntry entry, String runUuid, boolean force)
            throws IOException {
        String contents = "";
        try {
            contents = Files.readString(out, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            // a new manifest
        } catch (IOException e) {
            throw new IOException("Unable to open " + output + " for reading: " + e.getMessage(), e);
        }
        ManifestFile manifest = new ManifestFile();
        if (!contents.isEmpty()) {
            try {
                manifest = ManifestFile.parse(contents);
            } catch (IOException e) {
                throw new IOException("Unable to parse content from " + output + ": " + e.getMessage(), e);
            }
        }
        if (force && !runUuid.equals(manifest.lastRunUuid)) {
            manifest = new ManifestFile();
        }
        manifest.builds.add(entry);
        manifest.lastRunUuid = runUuid;
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, manifest.write(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("Unable to write " + output + ": " + e.getMessage(), e);
        }
    }

    /** Packer's lock: three tries, 0/200/400 ms apart; goes on without it, as Packer does. */
    private static boolean lockFile(BuildContext ctx, Path lock) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(i * 200L);
            try {
                Files.createFile(lock);
                return true;
            } catch (FileAlreadyExistsException e) {
                ctx.log().log("Error locking manifest file for reading and writing. Will sleep and retry. " + e);
            } catch (IOException e) {
                ctx.log().log("Error locking manifest file for reading and writing. Will sleep and retry. " + e);
            }
        }
        return false;
    }

    private static ManifestEntry mask(ManifestEntry e, SecretMasker m) {
        List<ManifestEntry.FileEntry> files = e.files() == null ? null
                : e.files().stream().map(f -> new ManifestEntry.FileEntry(m.mask(f.name()), f.size())).toList();
        Map<String, String> custom = null;
        if (e.customData() != null) {
            custom = new TreeMap<>();
            for (Map.Entry<String, String> c : e.customData().entrySet()) {
                custom.put(m.mask(c.getKey()), m.mask(c.getValue()));
            }
        }
        return new ManifestEntry(m.mask(e.name()), m.mask(e.builderType()), e.buildTime(), files,
                m.mask(e.artifactId()), e.packerRunUuid(), custom);
    }
}
