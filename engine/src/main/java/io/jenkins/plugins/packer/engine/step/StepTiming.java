package io.jenkins.plugins.packer.engine.step;

import java.time.Duration;
import java.time.Instant;

/**
 * When a step's run or cleanup started, how long it took and how it ended; {@code error} is the failure's
 * message (null on success).
 */
public record StepTiming(String step, Phase phase, Instant start, Duration duration, RunStatus status,
                         String error) {

    /** Which method of the step ran. */
    public enum Phase { RUN, CLEANUP }
}
