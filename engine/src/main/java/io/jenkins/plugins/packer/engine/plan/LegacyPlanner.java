package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.build.PlannedBuild;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Builder;
import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.filter.BuildFilter;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyBuild;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyBuilds;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a legacy JSON template into the builds to run: {@link LegacyBuilds} sets each build up (variables,
 * interpolation for the build, only/except, overrides, {@code -except} on post-processor names), then each
 * component's configuration is decoded into its record and the builder created, as for HCL2 templates. Fields a
 * component renders itself ({@link io.jenkins.plugins.packer.engine.component.RuntimeTemplate}) are left to it.
 */
public final class LegacyPlanner {

    private LegacyPlanner() {
    }

    public static BuildPlanner.Plan plan(LegacyTemplate template, LegacyBuilds.Options options,
            ComponentRegistry registry, PlanOptions planOptions, Diagnostics diags) {
        LegacyBuilds builds = LegacyBuilds.prepare(template,
                options.withPolicy(new ComponentRenderPolicy(registry)), diags);
        if (builds == null) {
            return new BuildPlanner.Plan(List.of(), Set.of());
        }
        BuildFilter filter = BuildFilter.compile(planOptions.only(), planOptions.except(), diags);
        diags.addAll(filter.select(builds.buildNames()).diagnostics());
        List<PlannedBuild> planned = new ArrayList<>();
        for (String name : builds.buildNames()) {
            if (!filter.includes(name)) {
                continue;
            }
            LegacyBuild b = builds.build(name, planOptions.except(), diags);
            if (b != null) {
                PlannedBuild p = planOne(b, registry, planOptions, diags);
                if (p != null) {
                    planned.add(p);
                }
            }
        }
        if (planned.isEmpty() && !diags.hasErrors()) {
            diags.error("No builds to run", "A build command cannot run without at least one build to process. If "
                    + "the only or except flags have been specified at run time check if they don't exclude all "
                    + "builds.", null);
        }
        return new BuildPlanner.Plan(planned, builds.secrets());
    }

    private static PlannedBuild planOne(LegacyBuild b, ComponentRegistry registry, PlanOptions options,
            Diagnostics diags) {
        int errorsBefore = errors(diags);
        Set<String> secrets = new LinkedHashSet<>();
        ComponentType<?> builderType = type(registry, ComponentKind.BUILDER, b.builder().type(),
                b.builder().source().range(), diags);
        if (builderType == null) {
            return null;
        }
        Decoded<? extends Record> decoded = new LegacyComponentConfig(builderType, b.builder().config(),
                b.builder().source().range(), b.builder()::keyRange).decode(Map.of(), diags);
        secrets.addAll(decoded.secrets());
        if (decoded.config() == null) {
            return null;
        }
        Builder builder = builderType.newBuilder(decoded.config());
        List<ProvisionerPlan> provisioners = new ArrayList<>();
        for (LegacyBuild.ProvisionerConfig p : b.provisioners()) {
            ProvisionerPlan plan = provisioner(p, registry, secrets, diags);
            if (plan != null) {
                provisioners.add(plan);
            }
        }
        ProvisionerPlan cleanup = b.cleanupProvisioner() == null ? null
                : provisioner(b.cleanupProvisioner(), registry, secrets, diags);
        List<List<PostProcessorPlan>> chains = new ArrayList<>();
        for (List<LegacyBuild.PostProcessorConfig> chain : b.postProcessors()) {
            List<PostProcessorPlan> plans = new ArrayList<>();
            for (LegacyBuild.PostProcessorConfig pp : chain) {
                ComponentType<?> type = type(registry, ComponentKind.POST_PROCESSOR, pp.type(), pp.source().range(),
                        diags);
                if (type == null) {
                    continue;
                }
                ComponentConfig cc = new LegacyComponentConfig(type, pp.config(), pp.source().range(), pp::keyRange);
                secrets.addAll(cc.decode(Map.of(), diags).secrets());
                plans.add(new PostProcessorPlan(pp.name(), pp.keepInputArtifact(), cc));
            }
            if (!plans.isEmpty()) {
                chains.add(plans);
            }
        }
        if (errors(diags) > errorsBefore) {
            return null;
        }
        BuildInfo info = new BuildInfo(b.name(), b.name(), b.builder().type(), options.runUuid(), Map.of());
        return new ComponentBuild(info, builder, provisioners, cleanup, chains, secrets);
    }

    private static ProvisionerPlan provisioner(LegacyBuild.ProvisionerConfig p, ComponentRegistry registry,
            Set<String> secrets, Diagnostics diags) {
        ComponentType<?> type = type(registry, ComponentKind.PROVISIONER, p.type(), p.source().range(), diags);
        if (type == null) {
            return null;
        }
        ComponentConfig cc = new LegacyComponentConfig(type, p.config(), p.source().range(), p::keyRange);
        secrets.addAll(cc.decode(Map.of(), diags).secrets());
        return new ProvisionerPlan(p.pauseBefore(), p.timeout(), p.maxRetries(), false, cc);
    }

    private static ComponentType<?> type(ComponentRegistry registry, ComponentKind kind, String name, Range range,
            Diagnostics diags) {
        ComponentType<?> t = registry.find(kind, name).orElse(null);
        if (t == null) {
            diags.error("Unknown " + kind.label() + " type \"" + name + "\"", "The " + kind.label() + " " + name
                    + " is not provided by this engine, which has no external plugins. Available " + kind.label()
                    + "s: " + String.join(", ", registry.names(kind)) + ".", range);
            return null;
        }
        if (!t.runnable()) {
            diags.error("The " + kind.label() + " " + name + " cannot run in this engine yet", "This engine "
                    + "validates " + name + " configurations but cannot build with it yet; see "
                    + "docs/compatibility.md.", range);
            return null;
        }
        return t;
    }

    private static int errors(Diagnostics diags) {
        int n = 0;
        for (var d : diags) {
            if (d.isError()) {
                n++;
            }
        }
        return n;
    }
}
