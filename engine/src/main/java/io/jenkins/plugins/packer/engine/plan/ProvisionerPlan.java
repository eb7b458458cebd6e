package io.jenkins.plugins.packer.engine.plan;

import java.time.Duration;

/**
 * A provisioner of one build: its run settings ({@code pause_before}, {@code timeout}, {@code max_retries},
 * {@code continue_on_error}; null durations when unset) and its configuration for that build.
 */
record ProvisionerPlan(Duration pauseBefore, Duration timeout, int maxRetries, boolean continueOnError,
        ComponentConfig config) {
}
