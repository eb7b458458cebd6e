package io.jenkins.plugins.packer.engine.builder.nullbuilder;

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
 * Packer's {@code null} builder: runs the provisioners and produces {@link NullArtifact}. Its instance id,
 * {@code build.ID}, is {@code Null}. With a communicator other than {@code none} a connect step will come
 * before {@link StepProvision} (the SSH issue).
 */
public final class NullBuilder implements Builder {

    private final NullConfig config;

    public NullBuilder(NullConfig config) {
        this.config = config;
    }

    @Override
    public Artifact run(BuildContext ctx, BuildInfo info, ProvisionHook hook) throws Exception {
        String communicator = config.communicator() == null ? "none" : config.communicator();
        ctx.runSteps(Steps.recipe()
                .add(new StepProvision(hook, state -> new ProvisionTarget(communicator, Map.of("ID", "Null"))))
                .build(), new StateBag()).rethrow();
        return new NullArtifact();
    }
}
