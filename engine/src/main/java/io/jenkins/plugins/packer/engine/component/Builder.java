package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import java.util.List;

/**
 * A configured builder (Packer's {@code packersdk.Builder}), created by its {@link ComponentType} from a decoded
 * configuration record. {@link #run} is usually a recipe of steps run with
 * {@link BuildContext#runSteps(List, io.jenkins.plugins.packer.engine.step.StateBag)}, one of which is a
 * {@link StepProvision} calling the hook: the builder never sees the provisioners.
 */
public interface Builder {

    /**
     * Names of the {@code build.*} values this builder generates besides {@link ProvisionTarget#COMMON_KEYS}
     * (Packer's {@code generatedVars} from {@code Prepare}); templates may reference them.
     */
    default List<String> generatedDataKeys() {
        return List.of();
    }

    /**
     * Builds: returns the artifact (null when nothing was produced), throws on failure or cancellation. The
     * context's UI is the build's; its cancellation token must be honoured.
     */
    Artifact run(BuildContext ctx, BuildInfo info, ProvisionHook hook) throws Exception;
}
