package io.jenkins.plugins.packer.engine.provisioner.shelllocal;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;

/** Packer's {@code shell-local} provisioner: runs local scripts while the build's machine exists. */
public final class ShellLocalProvisioner implements Provisioner {

    private final ShellLocalRunner runner;

    public ShellLocalProvisioner(ShellLocalConfig config) {
        this.runner = new ShellLocalRunner(config);
    }

    @Override
    public void provision(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        runner.run(ctx, info, target.completeData(info.runUuid()));
    }
}
