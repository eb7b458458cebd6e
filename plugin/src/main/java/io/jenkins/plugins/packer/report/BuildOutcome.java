package io.jenkins.plugins.packer.report;

import java.util.List;

/**
 * One build of a template run, as the engine's JSON build report describes it.
 *
 * @param name full build name, e.g. {@code ubuntu.amazon-ebs.base} or {@code qemu.debian}
 * @param type builder type, e.g. {@code amazon-ebs}
 * @param artifactId the builder's artifact id (e.g. {@code us-east-1:ami-0abc}); {@code null} when none
 * @param files files the artifact consists of, as the engine reports them (absolute or workspace-relative)
 * @param durationMillis wall-clock time of the build
 * @param error the build's error message, {@code null} on success
 */
public record BuildOutcome(String name, String type, String artifactId, List<String> files, long durationMillis,
        String error) {

    public BuildOutcome {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public boolean succeeded() {
        return error == null;
    }
}
