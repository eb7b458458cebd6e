package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import java.util.List;

/**
 * The end of {@code packer build}: the exit code (0 only when every build succeeded, 1 otherwise, including
 * after a cancellation), each build's result in plan order, and the report (already masked).
 */
public record RunOutcome(int exitCode, boolean cancelled, List<BuildResult> results, BuildReport report) {

    public RunOutcome {
        results = List.copyOf(results);
    }
}
