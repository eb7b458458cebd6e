package io.jenkins.plugins.packer.engine.postprocessor.shelllocal;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.ShellLocalConfig;
import io.jenkins.plugins.packer.engine.provisioner.shelllocal.ShellLocalRunner;

/**
 * Packer's {@code shell-local} post-processor: runs local scripts after the build (the artifact's files are not
 * passed to them) and passes its input artifact on, always keeping it.
 */
public final class ShellLocalPostProcessor implements PostProcessor {

    private final ShellLocalRunner runner;

    public ShellLocalPostProcessor(ShellLocalConfig config) {
        this.runner = new ShellLocalRunner(config);
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        runner.run(ctx, info, info.generatedData());
        return new PostProcessorResult(input, true, true);
    }
}
