package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.config.GoQuote;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The builds of a legacy template, as Packer's core sets them up: the template validated, user variables
 * resolved, build names interpolated; then, per build, every component configuration interpolated with that
 * build's name and type ({@link #build}).
 */
public final class LegacyBuilds {

    /**
     * How to set up the builds.
     *
     * @param variables {@code -var-file} values then {@code -var} values (later win); see {@link LegacyVarFile}
     * @param env the environment {@code {{env}}} reads
     * @param workingDirectory {@code {{pwd}}}
     * @param initTime the run's start ({@code timestamp}, {@code isotime}, {@code strftime})
     * @param packerVersion the Packer version templates see and {@code min_packer_version} is checked against
     * @param policy what components declare about interpolation
     */
    public record Options(Map<String, String> variables, Function<String, String> env, Path workingDirectory,
            Instant initTime, String packerVersion, RenderPolicy policy) {

        public Options {
            variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }

        /** The process environment and working directory, the current time and this engine's Packer version. */
        public static Options defaults(Map<String, String> variables) {
            return new Options(variables, System::getenv, Path.of("").toAbsolutePath(), Instant.now(),
                    EngineVersion.current().packerCompatible(), RenderPolicy.DEFAULT);
        }

        public Options withPolicy(RenderPolicy p) {
            return new Options(variables, env, workingDirectory, initTime, packerVersion, p);
        }
    }

    private final LegacyTemplate template;
    private final Options options;
    private final UserVariables.Resolved variables;
    private final InterpolationContext core;
    private final Map<String, LegacyBuilder> builds;

    private LegacyBuilds(LegacyTemplate template, Options options, UserVariables.Resolved variables,
            InterpolationContext core, Map<String, LegacyBuilder> builds) {
        this.template = template;
        this.options = options;
        this.variables = variables;
        this.core = core;
        this.builds = builds;
    }

    /**
     * Validates {@code t} ({@link LegacyTemplateValidator}), checks required variables and resolves all
     * variables ({@link UserVariables}; those the host names in {@code JPACKER_SENSITIVE_VARIABLES} are secrets
     * like the template's {@code sensitive-variables}), and interpolates the build names. Returns null when an error was
     * reported.
     */
    public static LegacyBuilds prepare(LegacyTemplate t, Options o, Diagnostics diags) {
        if (!LegacyTemplateValidator.validate(t, o.packerVersion(), diags)) {
            return null;
        }
        InterpolationContext base = new InterpolationContext(null, false, o.env(), "", "", t.path(),
                o.packerVersion(), o.initTime(), o.workingDirectory(), null, Map.of());
        UserVariables.Resolved vars = UserVariables.resolve(t, o.variables(), base, diags);
        if (vars == null) {
            return null;
        }
        vars = vars.withSensitive(
                HostEnvironment.sensitiveVariableNames(o.env().apply(HostEnvironment.SENSITIVE_VARIABLES)));
        InterpolationContext core = base.withUserVariables(vars.values(), false);
        Map<String, LegacyBuilder> builds = new TreeMap<>();
        boolean ok = true;
        for (LegacyBuilder b : t.builders().values()) {
            try {
                builds.put(Interpolator.render(b.name(), core), b);
            } catch (GoTemplateException e) {
                diags.error("", "Error interpolating builder '" + b.name() + "': " + e.getMessage(), b.range());
                ok = false;
            }
        }
        return ok ? new LegacyBuilds(t, o, vars, core, builds) : null;
    }

    public LegacyTemplate template() {
        return template;
    }

    /** The resolved user variables and the secrets among them. */
    public UserVariables.Resolved variables() {
        return variables;
    }

    /** The values to mask in all output (sensitive variables). */
    public Set<String> secrets() {
        return variables.secrets();
    }

    /** The build names, sorted (builder {@code name} or type, interpolated). */
    public List<String> buildNames() {
        return List.copyOf(builds.keySet());
    }

    /**
     * Sets up the build {@code name}: the components that apply to it with their configurations interpolated.
     * Returns null when an error was reported.
     *
     * @param exceptNames {@code -except} values: a post-processor with one of these names is skipped together
     *     with the rest of its chain, as in Packer
     */
    public LegacyBuild build(String name, List<String> exceptNames, Diagnostics diags) {
        LegacyBuilder b = builds.get(name);
        if (b == null) {
            diags.error("", "no such build found: " + name, null);
            return null;
        }
        String init = "Failed to initialize build \"" + name + "\"";
        String prep = "Failed to prepare build: \"" + name + "\"";
        RenderPolicy policy = options.policy();
        String raw = b.name();
        List<LegacyProvisioner> provs = new ArrayList<>();
        for (LegacyProvisioner p : template.provisioners()) {
            if (!p.onlyExcept().skip(raw)) {
                provs.add(p);
            }
        }
        List<Integer> retries = new ArrayList<>();
        for (LegacyProvisioner p : provs) {
            retries.add(maxRetries(p, init, diags));
        }
        Integer cleanupRetries = template.cleanupProvisioner() == null ? Integer.valueOf(0)
                : maxRetries(template.cleanupProvisioner(), init, diags);
        if (retries.contains(null) || cleanupRetries == null) {
            return null;
        }
        int before = diags.size();
        InterpolationContext builderCtx = core.forBuild(name, b.type(), null,
                policy.extraFunctions(ComponentKind.BUILDER, b.type()));
        Map<String, Object> builderConfig = render(b, b.config(), builderCtx,
                policy.excludedKeys(ComponentKind.BUILDER, b.type()), prep, diags);
        Map<String, String> data = LegacyFunctions.placeholderData(policy.generatedDataKeys(b.type()));
        List<LegacyBuild.ProvisionerConfig> provConfigs = new ArrayList<>();
        for (int i = 0; i < provs.size(); i++) {
            provConfigs.add(provisioner(provs.get(i), raw, retries.get(i), name, b.type(), data, prep, diags));
        }
        LegacyBuild.ProvisionerConfig cleanup = template.cleanupProvisioner() == null ? null
                : provisioner(template.cleanupProvisioner(), raw, cleanupRetries, name, b.type(), data, prep, diags);
        List<List<LegacyBuild.PostProcessorConfig>> chains = new ArrayList<>();
        for (List<LegacyPostProcessor> chain : template.postProcessors()) {
            List<LegacyBuild.PostProcessorConfig> current = new ArrayList<>();
            for (LegacyPostProcessor pp : chain) {
                if (pp.onlyExcept().skip(raw)) {
                    continue;
                }
                if (exceptNames.contains(pp.name())) {
                    break;
                }
                InterpolationContext ctx = core.forBuild(name, b.type(), data,
                        policy.extraFunctions(ComponentKind.POST_PROCESSOR, pp.type()));
                Map<String, Object> cfg = render(pp, pp.config(), ctx,
                        policy.excludedKeys(ComponentKind.POST_PROCESSOR, pp.type()), prep, diags);
                current.add(new LegacyBuild.PostProcessorConfig(pp.name(), pp.type(), pp.keepInputArtifact(), cfg,
                        pp));
            }
            if (!current.isEmpty()) {
                chains.add(List.copyOf(current));
            }
        }
        if (diags.size() > before && diags.asList().subList(before, diags.size()).stream().anyMatch(d -> d.isError())) {
            return null;
        }
        return new LegacyBuild(name, new LegacyBuild.BuilderConfig(b.type(), builderConfig, b), List.copyOf(provConfigs),
                cleanup, List.copyOf(chains));
    }

    private LegacyBuild.ProvisionerConfig provisioner(LegacyProvisioner p, String rawName, int retries, String name,
            String builderType, Map<String, String> data, String summary, Diagnostics diags) {
        Map<String, Object> cfg = p.config();
        Object override = p.override().get(rawName);
        if (override instanceof Map<?, ?> o) {
            cfg = Overrides.merge(cfg, o);
        }
        RenderPolicy policy = options.policy();
        InterpolationContext ctx = core.forBuild(name, builderType, data,
                policy.extraFunctions(ComponentKind.PROVISIONER, p.type()));
        Map<String, Object> rendered = render(p, cfg, ctx, policy.excludedKeys(ComponentKind.PROVISIONER, p.type()),
                summary, diags);
        return new LegacyBuild.ProvisionerConfig(p.type(), rendered, p.pauseBefore(), p.timeout(), retries, p);
    }

    private static Map<String, Object> render(Component c, Map<String, Object> cfg, InterpolationContext ctx,
            Set<String> excluded, String summary, Diagnostics diags) {
        Map<String, Object> out = new ConfigRenderer(ctx, excluded,
                (key, msg) -> diags.error(summary, msg, c.keyRange(key))).render(cfg);
        return out == null ? Map.of() : out;
    }

    /** {@code max_retries}, interpolated and read as Go's {@code strconv.Atoi}; null after reporting an error. */
    private Integer maxRetries(LegacyProvisioner p, String summary, Diagnostics diags) {
        if (p.maxRetries().isEmpty()) {
            return 0;
        }
        String text;
        try {
            text = Interpolator.render(p.maxRetries(), core);
        } catch (GoTemplateException e) {
            diags.error(summary, "failed to interpolate `max_retries`: " + e.getMessage(), p.keyRange("max_retries"));
            return null;
        }
        if (!text.matches("[+-]?[0-9]+")) {
            diags.error(summary, "`max_retries` must be a valid integer: strconv.Atoi: parsing "
                    + GoQuote.quote(text) + ": invalid syntax",
                    p.keyRange("max_retries"));
            return null;
        }
        try {
            return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            diags.error(summary, "`max_retries` must be a valid integer: strconv.Atoi: parsing "
                    + GoQuote.quote(text) + ": value out of range",
                    p.keyRange("max_retries"));
            return null;
        }
    }
}
