package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Docker image on the Engine (Packer's docker {@code ImportArtifact}), made by a commit, {@code docker-import},
 * {@code docker-tag} or {@code docker-push}. Its id is the image id or {@code repository:tag}; the state holds
 * {@code docker_tags} and {@code generated_data}. Destroying it removes the image.
 */
public record DockerImageArtifact(String builderId, String id, List<String> tags, Map<String, Object> state,
                                  DockerDrivers drivers) implements Artifact {

    /** Builder id of committed and imported images (Packer's {@code BuilderIdImport}). */
    public static final String IMPORT_ID = "packer.post-processor.docker-import";
    /** Builder id of tagged images. */
    public static final String TAG_ID = "packer.post-processor.docker-tag";

    public DockerImageArtifact {
        tags = List.copyOf(tags);
        Map<String, Object> s = new LinkedHashMap<>(state);
        s.put("docker_tags", tags);
        state = java.util.Collections.unmodifiableMap(s);
    }

    @Override
    public List<String> files() {
        return List.of();
    }

    @Override
    public String description() {
        return tags.isEmpty() ? "Imported Docker image: " + id
                : "Imported Docker image: " + id + " with tags " + String.join(" ", tags);
    }

    @Override
    public void destroy() throws IOException {
        try (DockerDriver d = drivers.open()) {
            d.removeImage(id);
        }
    }

    /** The artifact's {@code generated_data}, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> generatedData(Artifact a) {
        Object data = a.state().get("generated_data");
        return data instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    /** The artifact's {@code docker_tags}, or an empty list. */
    public static List<String> tags(Artifact a) {
        Object t = a.state().get("docker_tags");
        return t instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    @Override
    public String toString() {
        return description();
    }
}
