package io.jenkins.plugins.packer.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The timing of one step's run or cleanup.
 *
 * @param name the step name, e.g. {@code StepCreateDisk}
 * @param phase {@code run} or {@code cleanup}
 * @param startedAt when it started
 * @param durationMs how long it took in milliseconds
 * @param status how it ended
 * @param error the failure message, null on success
 */
public record ReportStep(String name, Phase phase, Instant startedAt, long durationMs, BuildStatus status,
                         String error) {

    /** Which method of the step ran. */
    public enum Phase {
        @JsonProperty("run") RUN,
        @JsonProperty("cleanup") CLEANUP
    }
}
