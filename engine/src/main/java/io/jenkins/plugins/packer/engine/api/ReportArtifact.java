package io.jenkins.plugins.packer.engine.api;

import java.util.List;

/**
 * An artifact of a build.
 *
 * @param builderId the producing component's artifact kind, e.g. {@code packer.file}
 * @param id the artifact id, e.g. {@code File}
 * @param description the text after {@code --> NAME: } in the build output
 * @param files its files with size and SHA-256 when they exist on disk
 */
public record ReportArtifact(String builderId, String id, String description, List<ReportFile> files) {

    public ReportArtifact {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
