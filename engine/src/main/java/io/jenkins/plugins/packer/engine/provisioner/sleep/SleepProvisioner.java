package io.jenkins.plugins.packer.engine.provisioner.sleep;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;

/** Packer's {@code sleep} provisioner: waits {@code duration}, silently; a cancellation ends the wait. */
public final class SleepProvisioner implements Provisioner {

    private final SleepConfig config;

    public SleepProvisioner(SleepConfig config) {
        this.config = config;
    }

    @Override
    public void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        if (ctx.cancel().await(config.duration())) {
            throw new CancelledException();
        }
    }
}
