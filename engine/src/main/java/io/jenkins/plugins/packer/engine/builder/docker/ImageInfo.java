package io.jenkins.plugins.packer.engine.builder.docker;

import java.util.List;

/**
 * What the builder needs to know of an image.
 *
 * @param id the image id, {@code sha256:...}
 * @param entrypoint the configured entrypoint, empty when none
 * @param cmd the configured command, empty when none
 * @param repoDigests {@code repo@sha256:...} names the image has in registries (empty for local images)
 * @param repoTags the {@code repo:tag} names of the image
 */
public record ImageInfo(String id, List<String> entrypoint, List<String> cmd, List<String> repoDigests,
                        List<String> repoTags) {

    public ImageInfo {
        entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
        repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
        repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
    }
}
