package io.jenkins.plugins.packer.engine.postprocessor.compress;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The archive {@code compress} made: builder id {@value #BUILDER_ID}, "'' compressing: PATH" as Packer says. */
public record CompressArtifact(String path, Path workingDir) implements Artifact {

    public static final String BUILDER_ID = "packer.post-processor.compress";

    @Override
    public String builderId() {
        return BUILDER_ID;
    }

    @Override
    public List<String> files() {
        return List.of(path);
    }

    @Override
    public String id() {
        return "";
    }

    @Override
    public String description() {
        return "'' compressing: " + path;
    }

    @Override
    public Map<String, Object> state() {
        return Map.of();
    }

    @Override
    public void destroy() throws IOException {
        Files.deleteIfExists(workingDir.resolve(path));
    }

    @Override
    public String toString() {
        return description();
    }
}
