package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.PlannedBuild;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Builder;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One planned build (Packer's {@code CoreBuild}), from an HCL2 or a legacy JSON template: a configured builder,
 * the provisioners and post-processor chains that apply to it, and the secrets found in their configurations.
 * Running it runs the builder with a {@link ProvisionerHook}, then the {@link PostProcessorChains}.
 */
final class ComponentBuild implements PlannedBuild {

    private final BuildInfo info;
    private final Builder builder;
    private final List<ProvisionerPlan> provisioners;
    private final ProvisionerPlan errorCleanup;
    private final PostProcessorChains postProcessors;
    private final Set<String> secrets;

    ComponentBuild(BuildInfo info, Builder builder, List<ProvisionerPlan> provisioners, ProvisionerPlan errorCleanup,
            List<List<PostProcessorPlan>> chains, Set<String> secrets) {
        this.info = info;
        this.builder = builder;
        this.provisioners = List.copyOf(provisioners);
        this.errorCleanup = errorCleanup;
        this.postProcessors = new PostProcessorChains(chains);
        this.secrets = Set.copyOf(secrets);
    }

    @Override
    public String name() {
        return info.buildName();
    }

    @Override
    public String type() {
        return info.builderType();
    }

    @Override
    public Collection<String> secrets() {
        return secrets;
    }

    @Override
    public List<Artifact> run(BuildContext ctx) throws Exception {
        ProvisionerHook hook = new ProvisionerHook(ctx, info, provisioners, errorCleanup);
        Artifact artifact = builder.run(ctx, info, hook);
        if (artifact == null) {
            return List.of();
        }
        Map<String, String> data = hook.generatedData()
                .orElseGet(() -> ProvisionTarget.none(Map.of()).completeData(info.runUuid()));
        return postProcessors.run(ctx, info.withGeneratedData(data), artifact);
    }
}
