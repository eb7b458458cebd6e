package io.jenkins.plugins.packer.engine.builder.nullbuilder;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import java.util.List;
import java.util.Map;

/** The null builder's artifact: builder id {@value #BUILDER_ID}, id {@code Null}, no files. */
public record NullArtifact() implements Artifact {

    public static final String BUILDER_ID = "fnoeding.null";

    @Override
    public String builderId() {
        return BUILDER_ID;
    }

    @Override
    public List<String> files() {
        return List.of();
    }

    @Override
    public String id() {
        return "Null";
    }

    @Override
    public String description() {
        return "Did not export anything. This is the null builder";
    }

    @Override
    public Map<String, Object> state() {
        return Map.of();
    }

    @Override
    public void destroy() {
        // nothing to destroy
    }

    @Override
    public String toString() {
        return description();
    }
}
