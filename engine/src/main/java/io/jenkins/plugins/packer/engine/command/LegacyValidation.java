package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.MapDecoder;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyBuild;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyBuilds;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyVarFile;
import io.jenkins.plugins.packer.engine.template.legacy.RenderPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code validate} of a legacy JSON template, in the steps of Packer's core: the template's own checks,
 * {@code min_packer_version} and user variables ({@link LegacyBuilds#prepare}), then for each build selected by
 * {@code -only}/{@code -except} (exact build names, as Packer matches them in JSON mode) its components looked
 * up and their configurations decoded against the components' declarations. As in Packer's
 * {@code CoreBuild.Prepare}, a build stops at its first component whose configuration is wrong, and that
 * component's problems are reported together: {@code Failed to prepare build: "NAME"} with go-multierror's
 * {@code N error(s) occurred} list, pointing at the first problem.
 */
final class LegacyValidation {

    private LegacyValidation() {
    }

    /**
     * Validates {@code t}; every problem goes to {@code diags}.
     *
     * @return the values of the template's sensitive variables (to mask in the report); empty when the
     *     variables could not be resolved
     */
    static Set<String> validate(LegacyTemplate t, TemplateInputs in, EngineEnvironment env, Diagnostics diags) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Path f : in.varFiles()) {
            Map<String, String> read = LegacyVarFile.read(env.cwd().resolve(f), diags);
            if (read == null) {
                return Set.of();
            }
            values.putAll(read);
        }
        values.putAll(in.vars());
        LegacyBuilds.Options options = new LegacyBuilds.Options(values, env.environment()::get, env.cwd(),
                env.runStarted(), env.packerVersion(), RenderPolicy.DEFAULT);
        LegacyBuilds builds = LegacyBuilds.prepare(t, options, diags);
        if (builds == null) {
            return Set.of();
        }
        for (String name : builds.buildNames()) {
            if (!in.only().isEmpty() && !in.only().contains(name) || in.except().contains(name)) {
                continue;
            }
            LegacyBuild b = builds.build(name, in.except(), diags);
            if (b != null) {
                prepare(b, env.components(), diags);
            }
        }
        return builds.secrets();
    }

    /** Packer's {@code Core.Build} lookups then {@code CoreBuild.Prepare}: stops at the first failure. */
    private static void prepare(LegacyBuild b, ComponentRegistry components, Diagnostics diags) {
        String init = "Failed to initialize build \"" + b.name() + "\"";
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ComponentKind.BUILDER, b.builder().type(), b.builder().config(),
                b.builder().source().range(), b.builder()::keyRange));
        List<LegacyBuild.ProvisionerConfig> provs = new ArrayList<>(b.provisioners());
        if (b.cleanupProvisioner() != null) {
            provs.add(b.cleanupProvisioner());
        }
        for (LegacyBuild.ProvisionerConfig p : provs) {
            steps.add(new Step(ComponentKind.PROVISIONER, p.type(), p.config(), p.source().range(), p::keyRange));
        }
        for (List<LegacyBuild.PostProcessorConfig> chain : b.postProcessors()) {
            for (LegacyBuild.PostProcessorConfig pp : chain) {
                steps.add(new Step(ComponentKind.POST_PROCESSOR, pp.type(), pp.config(), pp.source().range(),
                        pp::keyRange));
            }
        }
        for (Step s : steps) {
            if (components.find(s.kind(), s.type()).isEmpty()) {
                diags.error(init, s.kind().label() + " type not found: " + s.type() + "\n\nThis engine has its "
                        + "components built in and does not provide this " + s.kind().label() + ". Available "
                        + s.kind().label() + "s: " + available(components, s.kind()) + ".", s.range());
                return;
            }
        }
        for (Step s : steps) {
            ComponentType<?> type = components.find(s.kind(), s.type()).orElseThrow();
            Diagnostics local = new Diagnostics();
            MapDecoder.decode(type.config(), s.config(), local, s.range(), s.keyRange());
            List<Diagnostic> errors = local.asList().stream().filter(Diagnostic::isError).toList();
            for (Diagnostic w : local.asList()) {
                if (!w.isError()) {
                    diags.warning("Warning when preparing build: \"" + b.name() + "\"", message(w), w.subject());
                }
            }
            if (!errors.isEmpty()) {
                diags.error("Failed to prepare build: \"" + b.name() + "\"", multiError(errors),
                        errors.get(0).subject());
                return;
            }
        }
    }

    private record Step(ComponentKind kind, String type, Map<String, Object> config, Range range,
            Function<String, Range> keyRange) {
    }

    private static String available(ComponentRegistry components, ComponentKind kind) {
        List<String> names = components.names(kind);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** A diagnostic as one line of a Go error list: Packer's message is the summary; the detail explains. */
    private static String message(Diagnostic d) {
        return d.summary().isEmpty() ? d.detail() : d.summary();
    }

    /** go-multierror's list format, as Packer's components return their problems. */
    static String multiError(List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error occurred:" : errors.size() + " errors occurred:");
        for (Diagnostic d : errors) {
            sb.append("\n\t* ").append(message(d));
        }
        return sb.append("\n\n").toString();
    }
}
