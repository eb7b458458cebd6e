package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.build.PlannedBuild;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.Builder;
import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.filter.BuildFilter;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.MergedBody;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.template.BuildBlock;
import io.jenkins.plugins.packer.engine.template.PostProcessorBlock;
import io.jenkins.plugins.packer.engine.template.ProvisionerBlock;
import io.jenkins.plugins.packer.engine.template.SourceUse;
import io.jenkins.plugins.packer.engine.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a loaded HCL2 template into the builds to run (Packer's {@code GetBuilds}): one per source of each build
 * block, named {@code [BUILD.]TYPE.NAME}, filtered by {@code -only}/{@code -except}; for each, the source's
 * configuration merged with the in-build {@code source} block's fields and decoded, the builder created, the
 * provisioners, error-cleanup provisioner and post-processor chains whose {@code only}/{@code except} admit the
 * source (with its {@code override}) decoded with {@code build.*} still unknown. Every configuration problem is
 * reported before any build starts.
 */
public final class BuildPlanner {

    /**
     * The plan: builds in template order, and the secrets of the whole run (values of sensitive variables and
     * locals) that every build masks.
     */
    public record Plan(List<PlannedBuild> builds, Set<String> runSecrets) {
        public Plan {
            builds = List.copyOf(builds);
            runSecrets = Set.copyOf(runSecrets);
        }
    }

    private final Template template;
    private final ComponentRegistry registry;
    private final PlanOptions options;

    private BuildPlanner(Template template, ComponentRegistry registry, PlanOptions options) {
        this.template = template;
        this.registry = registry;
        this.options = options;
    }

    /** Plans the builds; problems (and {@code -only}/{@code -except} warnings) go to {@code diags}. */
    public static Plan plan(Template template, ComponentRegistry registry, PlanOptions options, Diagnostics diags) {
        return new BuildPlanner(template, registry, options).run(diags);
    }

    /** The strings inside the template's sensitive variables and locals: what every output of a run masks. */
    public static Set<String> templateSecrets(Template template) {
        Set<String> secrets = new LinkedHashSet<>();
        template.variableValues().values().forEach(v -> SensitiveValues.collect(v, secrets));
        template.localValues().values().forEach(v -> SensitiveValues.collect(v, secrets));
        return secrets;
    }

    private Plan run(Diagnostics diags) {
        Set<String> runSecrets = templateSecrets(template);
        if (template.builds().isEmpty()) {
            diags.error("Missing build block", "A build block with one or more sources is required for executing a "
                    + "build.", null);
            return new Plan(List.of(), runSecrets);
        }
        List<String> names = new ArrayList<>();
        for (BuildBlock b : template.builds()) {
            for (SourceUse use : b.sources()) {
                names.add(b.buildName(use));
            }
        }
        BuildFilter filter = BuildFilter.compile(options.only(), options.except(), diags);
        diags.addAll(filter.select(names).diagnostics());
        List<PlannedBuild> builds = new ArrayList<>();
        for (BuildBlock b : template.builds()) {
            for (SourceUse use : b.sources()) {
                if (filter.includes(b.buildName(use))) {
                    PlannedBuild planned = planOne(b, use, filter, diags);
                    if (planned != null) {
                        builds.add(planned);
                    }
                }
            }
        }
        if (builds.isEmpty() && !diags.hasErrors()) {
            diags.error("No builds to run", "A build command cannot run without at least one build to process. If "
                    + "the only or except flags have been specified at run time check if they don't exclude all "
                    + "builds.", null);
        }
        return new Plan(builds, runSecrets);
    }

    private PlannedBuild planOne(BuildBlock block, SourceUse use, BuildFilter filter, Diagnostics diags) {
        String type = use.source().type();
        ComponentType<?> builderType = registry.find(ComponentKind.BUILDER, type).orElse(null);
        if (builderType == null || !runnable(builderType, use.source().defRange(), diags)) {
            return null;
        }
        Set<String> secrets = new LinkedHashSet<>();
        EvalContext base = template.context();
        List<Body> bodies = new ArrayList<>();
        bodies.add(use.source().body());
        if (use.extra() != null) {
            bodies.add(use.extra());
        }
        BuildScope sourceScope = new BuildScope(base, block, use, List.of());
        int errorsBefore = errorCount(diags);
        ComponentConfig builderConfig = new HclComponentConfig(builderType, MergedBody.of(bodies), sourceScope);
        Decoded<? extends Record> decoded = builderConfig.decode(Map.of(), diags);
        secrets.addAll(decoded.secrets());
        if (decoded.config() == null || errorCount(diags) > errorsBefore) {
            return null;
        }
        Builder builder = builderType.newBuilder(decoded.config());
        BuildScope scope = new BuildScope(base, block, use, builder.generatedDataKeys());
        String localRef = use.localRef();
        List<ProvisionerPlan> provisioners = new ArrayList<>();
        for (ProvisionerBlock p : block.provisioners()) {
            if (p.appliesTo(localRef)) {
                ProvisionerPlan plan = provisioner(p, use, scope, secrets, diags);
                if (plan != null) {
                    provisioners.add(plan);
                }
            }
        }
        ProvisionerPlan errorCleanup = null;
        ProvisionerBlock ec = block.errorCleanupProvisioner();
        if (ec != null && ec.appliesTo(localRef)) {
            errorCleanup = provisioner(ec, use, scope, secrets, diags);
        }
        List<List<PostProcessorPlan>> chains = new ArrayList<>();
        for (List<PostProcessorBlock> chain : block.postProcessors()) {
            List<PostProcessorPlan> planned = new ArrayList<>();
            for (PostProcessorBlock pp : chain) {
                String ppName = pp.name() == null || pp.name().isEmpty() ? pp.type() : pp.name();
                if (!pp.appliesTo(localRef) || filter.excepted(ppName)) {
                    continue;
                }
                ComponentType<?> ppType = registry.find(ComponentKind.POST_PROCESSOR, pp.type()).orElse(null);
                if (ppType == null || !runnable(ppType, pp.defRange(), diags)) {
                    continue;
                }
                ComponentConfig cc = new HclComponentConfig(ppType, pp.config(), scope);
                secrets.addAll(cc.decode(Map.of(), diags).secrets());
                planned.add(new PostProcessorPlan(pp.name(), pp.keepInputArtifact(), cc));
            }
            if (!planned.isEmpty()) {
                chains.add(planned);
            }
        }
        if (errorCount(diags) > errorsBefore) {
            return null;
        }
        BuildInfo info = new BuildInfo(block.buildName(use), use.source().name(), type, options.runUuid(), Map.of());
        return new ComponentBuild(info, builder, provisioners, errorCleanup, chains, secrets);
    }

    private ProvisionerPlan provisioner(ProvisionerBlock p, SourceUse use, BuildScope scope, Set<String> secrets,
            Diagnostics diags) {
        ComponentType<?> type = registry.find(ComponentKind.PROVISIONER, p.type()).orElse(null);
        if (type == null || !runnable(type, p.defRange(), diags)) {
            return null;
        }
        Body body = OverrideBody.of(p.config(), overrides(p, use, diags), p.defRange());
        ComponentConfig cc = new HclComponentConfig(type, body, scope);
        secrets.addAll(cc.decode(Map.of(), diags).secrets());
        return new ProvisionerPlan(p.pauseBefore(), p.timeout(), p.maxRetries(), p.continueOnError(), cc);
    }

    /** The attributes {@code override = { NAME = {...} }} sets for this source's (local) name. */
    private Map<String, Value> overrides(ProvisionerBlock p, SourceUse use, Diagnostics diags) {
        if (p.override() == null) {
            return Map.of();
        }
        Diagnostics local = new Diagnostics();
        Value all = p.override().value(template.context(), local).unmark();
        diags.addAll(local);
        if (local.hasErrors() || all.isNull() || !all.isKnown()) {
            return Map.of();
        }
        if (!(all.type() instanceof Type.ObjectType || all.type() instanceof Type.MapType)) {
            diags.error("Invalid override", "override must be an object of objects keyed by source name, e.g. "
                    + "override = { example1 = { inline = [\"...\"] } }.", p.override().range());
            return Map.of();
        }
        Value mine = all.attributes().get(use.localName());
        if (mine == null || mine.isNull()) {
            return Map.of();
        }
        mine = mine.unmark();
        if (!(mine.type() instanceof Type.ObjectType || mine.type() instanceof Type.MapType)) {
            diags.error("Invalid override", "The override for " + use.localName() + " must be an object of "
                    + "attributes.", p.override().range());
            return Map.of();
        }
        return mine.attributes();
    }

    private static boolean runnable(ComponentType<?> type, Range range, Diagnostics diags) {
        if (type.runnable()) {
            return true;
        }
        diags.error("The " + type.kind().label() + " " + type.name() + " cannot run in this engine yet",
                "This engine validates " + type.name() + " configurations but cannot build with it yet; see "
                        + "docs/compatibility.md.", range);
        return false;
    }

    private static int errorCount(Diagnostics diags) {
        int n = 0;
        for (var d : diags) {
            if (d.isError()) {
                n++;
            }
        }
        return n;
    }
}
