package io.jenkins.plugins.packer.engine.component;

/**
 * How a builder runs the build's provisioners without knowing them (Packer's {@code Hook} with
 * {@code HookProvision} and {@code HookCleanupProvision}). A builder calls {@link #provision} once the machine is
 * reachable, usually through {@link StepProvision}, which also calls {@link #cleanupProvision} when a later or
 * the same step failed.
 */
public interface ProvisionHook {

    /** A hook with no provisioners. */
    ProvisionHook NONE = new ProvisionHook() {
        @Override
        public void provision(ProvisionTarget target) {
        }

        @Override
        public void cleanupProvision(ProvisionTarget target) {
        }
    };

    /** Runs the provisioners in template order; throws the first failure. */
    void provision(ProvisionTarget target) throws Exception;

    /** Runs the {@code error-cleanup-provisioner}, if the build has one. */
    void cleanupProvision(ProvisionTarget target) throws Exception;
}
