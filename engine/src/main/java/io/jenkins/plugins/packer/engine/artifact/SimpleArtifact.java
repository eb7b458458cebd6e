package io.jenkins.plugins.packer.engine.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link Artifact} made of values; {@link #destroy()} deletes the listed files (resolved against
 * {@code baseDir}), as Packer's file-based artifacts do.
 */
public record SimpleArtifact(String builderId, String id, List<String> files, String description,
                             Map<String, Object> state, Path baseDir) implements Artifact {

    public SimpleArtifact {
        Objects.requireNonNull(builderId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(description);
        files = List.copyOf(files);
        state = Map.copyOf(state);
        Objects.requireNonNull(baseDir);
    }

    /** An artifact without files or state (e.g. the null builder's). */
    public static SimpleArtifact of(String builderId, String id, String description) {
        return new SimpleArtifact(builderId, id, List.of(), description, Map.of(), Path.of(""));
    }

    /** This artifact with files, resolved against {@code baseDir} when destroyed. */
    public SimpleArtifact withFiles(Path base, List<String> newFiles) {
        return new SimpleArtifact(builderId, id, newFiles, description, state, base);
    }

    /** This artifact with state. */
    public SimpleArtifact withState(Map<String, Object> newState) {
        return new SimpleArtifact(builderId, id, files, description, newState, baseDir);
    }

    @Override
    public void destroy() throws IOException {
        for (String f : files) {
            Files.deleteIfExists(baseDir.resolve(f));
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
