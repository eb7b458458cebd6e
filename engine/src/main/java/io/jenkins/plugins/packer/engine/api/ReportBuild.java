package io.jenkins.plugins.packer.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * One build of a {@link BuildReport}.
 *
 * @param name the build name, {@code [BUILD.]TYPE.NAME} as in the UI
 * @param type the builder type, e.g. {@code file}
 * @param status how it ended; {@code cancelled} with null times when it never started
 * @param startedAt null when never started
 * @param endedAt null when never started
 * @param durationMs wall time in milliseconds (0 when never started)
 * @param steps the step runs and cleanups in the order they ended
 * @param artifacts the artifacts of a successful build, as listed after the run (post-processor results too)
 * @param manifests the files the build's {@code manifest} post-processors wrote, named as configured (relative to
 *     the working directory, or absolute); a manifest is no artifact (the post-processor passes its input on, as
 *     in Packer), so this is where a caller finds it. Empty in reports written before the field was added
 * @param errors the build's failure first (if any), then failing cleanups
 */
public record ReportBuild(String name, String type, BuildStatus status, Instant startedAt, Instant endedAt,
                          long durationMs, List<ReportStep> steps, List<ReportArtifact> artifacts,
                          List<String> manifests, List<ReportError> errors) {

    public ReportBuild {
        steps = steps == null ? List.of() : List.copyOf(steps);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        manifests = manifests == null ? List.of() : List.copyOf(manifests);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
