package io.jenkins.plugins.packer.engine.builder.file;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The file builder's artifact: builder id {@value #BUILDER_ID}, id {@code File}, "Stored file: TARGET". */
public record FileArtifact(String filename, Path workingDir) implements Artifact {

    public static final String BUILDER_ID = "packer.file";

    @Override
    public String builderId() {
        return BUILDER_ID;
    }

    @Override
    public List<String> files() {
        return List.of(filename);
    }

    @Override
    public String id() {
        return "File";
    }

    @Override
    public String description() {
        return "Stored file: " + filename;
    }

    @Override
    public Map<String, Object> state() {
        return Map.of();
    }

    @Override
    public void destroy() throws IOException {
        Files.deleteIfExists(workingDir.resolve(filename));
    }

    @Override
    public String toString() {
        return description();
    }
}
