package io.jenkins.plugins.packer.engine.builder.nullbuilder;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.communicator.connect.BuildValues;
import io.jenkins.plugins.packer.engine.communicator.connect.ConnectState;
import io.jenkins.plugins.packer.engine.communicator.connect.StepConnect;
import io.jenkins.plugins.packer.engine.communicator.connect.StepInstallTemporaryKey;
import io.jenkins.plugins.packer.engine.communicator.connect.StepTemporaryKeyPair;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Builder;
import io.jenkins.plugins.packer.engine.component.ProvisionHook;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.StepProvision;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Steps;
import java.util.HashMap;
import java.util.Map;

/**
 * Packer's {@code null} builder: connects with the configured communicator (none or SSH), runs the
 * provisioners and produces {@link NullArtifact}. Its instance id, {@code build.ID}, is {@code Null}; the
 * connection's values ({@code build.Host}, {@code build.Port}, {@code build.User}, ...) come from
 * {@link BuildValues}.
 */
public final class NullBuilder implements Builder {

    private final NullConfig config;

    public NullBuilder(NullConfig config) {
        this.config = config;
    }

    @Override
    public Artifact run(BuildContext ctx, BuildInfo info, ProvisionHook hook) throws Exception {
        StateBag state = new StateBag();
        ctx.runSteps(Steps.recipe()
                .add(new StepTemporaryKeyPair(config.comm(), false, ctx.masker()::register))
                .add(new StepConnect(config.comm(), ctx.workingDir()))
                .add(new StepInstallTemporaryKey(config.comm()))
                .add(new StepProvision(hook, this::target))
                .build(), state).rethrow();
        return new NullArtifact();
    }

    private ProvisionTarget target(StateBag state) {
        Map<String, String> data = new HashMap<>(BuildValues.of(config.comm(), state));
        data.put("ID", "Null");
        return new ProvisionTarget(config.communicator(), data, state.get(ConnectState.COMMUNICATOR).orElse(null));
    }
}
