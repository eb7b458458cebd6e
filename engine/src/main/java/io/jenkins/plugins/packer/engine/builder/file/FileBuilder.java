package io.jenkins.plugins.packer.engine.builder.file;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Builder;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.StepProvision;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Steps;
import java.util.Map;

/**
 * Packer's {@code file} builder: writes or copies one file, then runs the provisioners (without a
 * communicator: local ones only). Artifact: {@link FileArtifact}.
 */
public final class FileBuilder implements Builder {

    private final FileConfig config;

    public FileBuilder(FileConfig config) {
        this.config = config;
    }

    @Override
    public Artifact run(BuildContext ctx, BuildInfo info, ProvisionHook hook) throws Exception {
        ctx.runSteps(Steps.recipe()
                .add(new StepWriteFile(config, ctx.workingDir()))
                .add(new StepProvision(hook, state -> ProvisionTarget.none(Map.of())))
                .build(), new StateBag()).rethrow();
        return new FileArtifact(config.target(), ctx.workingDir());
    }
}
