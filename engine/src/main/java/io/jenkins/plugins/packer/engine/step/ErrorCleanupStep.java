package io.jenkins.plugins.packer.engine.step;

/**
 * Marks the step whose cleanup runs the {@code error-cleanup-provisioner} (Packer's {@code StepProvision}).
 * Under {@code -on-error=run-cleanup-provisioner} its cleanup is the only one that runs after a failure.
 */
public interface ErrorCleanupStep extends Step {
}
