package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves a legacy template's user variables as Packer's core does ({@code renderVarsRecursively}): defaults
 * overridden by {@code -var-file}/{@code -var} values, every value interpolated with {@code env} allowed and
 * {@code {{ .X }}} placeholders kept, repeatedly and in name order until the values are stable, so variables
 * may use each other in any order. A value that can never be rendered because a variable it uses is unset
 * fails the whole resolution only when nothing else could be rendered in the last round (Packer's rule); a
 * value left unresolved otherwise is reported as a warning and stays unset, as in Packer.
 */
public final class UserVariables {

    /** The placeholders Packer leaves for components to fill ({@code {{ .HTTPIP }}}). */
    static final Pattern KEEP = Pattern.compile("\\{\\{(\\s|)\\.(.*?)(\\s|)\\}\\}");
    private static final Pattern USES_USER = Pattern.compile("\\{\\{\\s*user\\s*`.*`\\s*\\}\\}");
    private static final int MAX_ROUNDS = 100;

    /**
     * The resolved variables.
     *
     * @param values every variable's final value (template and command-line ones)
     * @param secrets the values of the variables listed in {@code sensitive-variables} (non-empty ones), to mask
     */
    public record Resolved(Map<String, String> values, Set<String> secrets) {
        public Resolved {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            secrets = Set.copyOf(secrets);
        }

        /** These variables' (non-empty) values are secrets too. */
        public Resolved withSensitive(Set<String> names) {
            Set<String> more = new LinkedHashSet<>(secrets);
            for (String n : names) {
                String v = values.get(n);
                if (v != null && !v.isEmpty()) {
                    more.add(v);
                }
            }
            return new Resolved(values, more);
        }
    }

    private UserVariables() {
    }

    /**
     * Checks required variables and resolves all values. Returns null when an error was reported.
     *
     * @param cliValues values from {@code -var-file} files then {@code -var} flags (later ones win); they need
     *     not be declared, and are interpolated like defaults
     * @param ctx the context for variables (its user variables and {@code enableEnv} are set here)
     */
    public static Resolved resolve(LegacyTemplate t, Map<String, String> cliValues, InterpolationContext ctx,
            Diagnostics diags) {
        boolean missing = false;
        for (LegacyVariable v : t.variables().values()) {
            if (v.required() && !cliValues.containsKey(v.name())) {
                diags.error("", "required variable not set: " + v.name(), v.range());
                missing = true;
            }
        }
        if (missing) {
            return null;
        }
        Map<String, String> pending = new TreeMap<>();
        t.variables().values().forEach(v -> pending.put(v.name(), v.defaultValue()));
        pending.putAll(cliValues);
        Map<String, String> values = new HashMap<>(cliValues);
        // Packer's first round makes the command-line values visible (raw) before any variable is rendered
        Map<String, String> visible = values;
        String lastFailure = "";
        Map<String, String> failures = new TreeMap<>();
        boolean changed = false;
        boolean retry = false;
        Map<String, String> previous = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            retry = false;
            changed = false;
            failures.clear();
            List<String> done = new ArrayList<>();
            for (Map.Entry<String, String> kv : pending.entrySet()) {
                String name = kv.getKey();
                try {
                    String rendered = Interpolator.renderKeeping(kv.getValue(),
                            ctx.withUserVariables(visible, true), KEEP);
                    changed = true;
                    values.put(name, rendered);
                    if (USES_USER.matcher(kv.getValue()).find()) {
                        retry = true;
                    } else {
                        done.add(name);
                    }
                } catch (GoTemplateException e) {
                    if (e.getMessage().contains(LegacyFunctions.VARIABLE_NOT_SET)) {
                        retry = true;
                        lastFailure = GoQuoted.of(name) + ": " + GoQuoted.of(kv.getValue()) + "; error: "
                                + e.getMessage();
                        failures.put(name, e.getMessage());
                    } else {
                        String detail = e.getMessage().contains(": executing ") ? e.getMessage()
                                : "error interpolating default value for '" + name + "': " + e.getMessage();
                        diags.error("", detail, rangeOf(t, name));
                        return null;
                    }
                }
            }
            if (!retry) {
                break;
            }
            done.forEach(pending::remove);
            Map<String, String> snapshot = new HashMap<>(values);
            if (snapshot.equals(previous)) {
                break;
            }
            previous = snapshot;
        }
        if (!changed && retry) {
            diags.error("", "Failed to interpolate " + lastFailure + ": Please make sure that the variable you're "
                    + "referencing has been defined; Packer treats all variables used to interpolate other user "
                    + "variables as required.", t.range());
            return null;
        }
        for (Map.Entry<String, String> f : failures.entrySet()) {
            diags.warning("Variable not interpolated", "The value of \"" + f.getKey() + "\" could not be "
                    + "interpolated (" + f.getValue() + "); Packer leaves such a variable unset.", rangeOf(t, f.getKey()));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        t.variables().keySet().forEach(k -> {
            if (values.containsKey(k)) {
                ordered.put(k, values.get(k));
            }
        });
        new TreeMap<>(values).forEach(ordered::putIfAbsent);
        Set<String> secrets = new LinkedHashSet<>();
        for (String s : t.sensitiveVariables()) {
            String v = values.get(s);
            if (v != null && !v.isEmpty()) {
                secrets.add(v);
            }
        }
        return new Resolved(ordered, secrets);
    }

    private static Range rangeOf(LegacyTemplate t, String name) {
        LegacyVariable v = t.variables().get(name);
        return v != null ? v.range() : t.range();
    }

    /** Go's {@code "%s"} inside literal quotes, as Packer's message writes names and values. */
    private static final class GoQuoted {
        static String of(String s) {
            return "\"" + Objects.requireNonNull(s) + "\"";
        }
    }
}
