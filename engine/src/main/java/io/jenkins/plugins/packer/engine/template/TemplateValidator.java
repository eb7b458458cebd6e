package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.MergedBody;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What {@code validate} checks beyond loading: there is a build, and every selected build's source,
 * provisioners and post-processors decode against their components' declarations (with {@code build.*}
 * values unknown, as before a run).
 */
public final class TemplateValidator {

    private TemplateValidator() {
    }

    /**
     * @param selected whether a build (named {@code [BUILD.]TYPE.NAME}) is selected by -only/-except
     */
    public static void validate(Template t, ComponentRegistry components, Predicate<String> selected,
            Diagnostics diags) {
        validate(t, components, selected, name -> false, diags);
    }

    /**
     * As {@link #validate(Template, ComponentRegistry, Predicate, Diagnostics)}, with Packer's {@code -except} on
     * post-processors: one whose name (its type when unnamed) is excepted is skipped with the rest of its chain.
     *
     * @return how many post-processors {@code -except} matched (Packer counts them with the builds it matched)
     */
    public static int validate(Template t, ComponentRegistry components, Predicate<String> selected,
            Predicate<String> postProcessorExcepted, Diagnostics diags) {
        if (t.builds().isEmpty()) {
            diags.error("Missing build block", "A build block with one or more sources is required for executing "
                    + "a build.", null);
            return 0;
        }
        int exceptMatches = 0;
        for (BuildBlock build : t.builds()) {
            for (SourceUse use : build.sources()) {
                if (!selected.test(build.buildName(use))) {
                    continue;
                }
                EvalContext ctx = BuildContexts.beforeRun(t.context(), build, use);
                List<Body> bodies = new ArrayList<>();
                bodies.add(use.source().body());
                if (use.extra() != null) {
                    bodies.add(use.extra());
                }
                decode(components, ComponentKind.BUILDER, use.source().type(), MergedBody.of(bodies), ctx, diags);
                List<ProvisionerBlock> provs = new ArrayList<>(build.provisioners());
                if (build.errorCleanupProvisioner() != null) {
                    provs.add(build.errorCleanupProvisioner());
                }
                for (ProvisionerBlock p : provs) {
                    if (p.appliesTo(use.localRef())) {
                        decode(components, ComponentKind.PROVISIONER, p.type(), p.config(), ctx, diags);
                    }
                }
                for (List<PostProcessorBlock> chain : build.postProcessors()) {
                    for (PostProcessorBlock pp : chain) {
                        if (!pp.appliesTo(use.localRef())) {
                            continue;
                        }
                        if (postProcessorExcepted.test(pp.name() == null || pp.name().isEmpty() ? pp.type()
                                : pp.name())) {
                            exceptMatches++;
                            break;
                        }
                        decode(components, ComponentKind.POST_PROCESSOR, pp.type(), pp.config(), ctx, diags);
                    }
                }
            }
        }
        return exceptMatches;
    }

    private static void decode(ComponentRegistry components, ComponentKind kind, String type, Body body,
            EvalContext ctx, Diagnostics diags) {
        ComponentType<?> c = components.find(kind, type).orElse(null);
        if (c != null) {
            ConfigDecoder.decode(c.config(), body, ctx, diags);
        }
    }
}
