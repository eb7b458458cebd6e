package io.jenkins.plugins.packer.launch;

import java.util.List;

/**
 * {@code packerBuild} options that become {@code jpacker build} flags.
 *
 * @param onError {@code cleanup} (default), {@code abort} or {@code run-cleanup-provisioner}; {@code ask} is
 *     refused because no one can answer on a Jenkins agent
 * @param parallelBuilds 0 for no limit
 * @param force remove previous output first
 * @param timestamps prefix every output line with a timestamp
 */
public record BuildFlags(String onError, int parallelBuilds, boolean force, boolean timestamps) {

    private static final List<String> ON_ERROR = List.of("cleanup", "abort", "run-cleanup-provisioner");

    public BuildFlags {
        onError = onError == null || onError.isBlank() ? "cleanup" : onError.trim();
        if (!ON_ERROR.contains(onError)) {
            throw new IllegalArgumentException("onError must be one of " + ON_ERROR + ", not '" + onError + "'"
                    + ("ask".equals(onError) ? " (nobody can answer a prompt on a Jenkins agent)" : ""));
        }
        if (parallelBuilds < 0) {
            throw new IllegalArgumentException("parallelBuilds must be 0 (no limit) or more");
        }
    }

    public static BuildFlags defaults() {
        return new BuildFlags("cleanup", 0, false, false);
    }
}
