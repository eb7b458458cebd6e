package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.build.BuildContext;

/**
 * A configured provisioner (Packer's {@code Provisioner.Provision}). It is created when the builder runs the
 * hook, from a configuration decoded with the {@code build.*} values known by then.
 */
public interface Provisioner {

    /**
     * Provisions the machine {@code target} describes. Output goes to the context's UI; child processes and
     * connections must be registered with the context's cancellation token. Throws on failure.
     */
    void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception;
}
