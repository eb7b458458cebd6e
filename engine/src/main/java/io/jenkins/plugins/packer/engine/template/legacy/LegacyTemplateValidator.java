package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.version.GoVersion;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.List;
import java.util.Map;

/**
 * Packer's checks of a parsed legacy template before anything runs: the SDK's {@code Template.Validate} (at
 * least one builder; {@code only}/{@code except} and {@code override} name existing builds; not both
 * {@code only} and {@code except}) and then {@code min_packer_version} against the Packer version this engine
 * follows. Diagnostics have an empty summary and Packer's message as detail, as Packer reports them.
 */
public final class LegacyTemplateValidator {

    private LegacyTemplateValidator() {
    }

    /**
     * Validates {@code t}; returns false when an error was reported.
     *
     * @param packerVersion the version {@code min_packer_version} is compared with, e.g.
     *     {@code EngineVersion.current().packerCompatible()}
     */
    public static boolean validate(LegacyTemplate t, String packerVersion, Diagnostics diags) {
        int before = diags.size();
        if (t.builders().isEmpty()) {
            diags.error("", "at least one builder must be defined", t.range());
        }
        List<LegacyProvisioner> provs = t.provisioners();
        for (int i = 0; i < provs.size(); i++) {
            LegacyProvisioner p = provs.get(i);
            String prefix = "provisioner " + (i + 1) + ": ";
            onlyExcept(p.onlyExcept(), t.builders(), prefix, p, diags);
            for (String name : p.override().keySet()) {
                if (!t.builders().containsKey(name)) {
                    diags.error("", prefix + "override '" + name + "' doesn't exist", p.keyRange("override"));
                }
            }
        }
        List<List<LegacyPostProcessor>> chains = t.postProcessors();
        for (int i = 0; i < chains.size(); i++) {
            for (int j = 0; j < chains.get(i).size(); j++) {
                LegacyPostProcessor pp = chains.get(i).get(j);
                onlyExcept(pp.onlyExcept(), t.builders(), "post-processor " + (i + 1) + "." + (j + 1) + ": ", pp,
                        diags);
            }
        }
        if (diags.size() > before) {
            return false;
        }
        if (!t.minVersion().isEmpty()) {
            Range at = t.minVersionRange() != null ? t.minVersionRange() : t.range();
            GoVersion min;
            try {
                min = GoVersion.parse(t.minVersion());
            } catch (IllegalArgumentException e) {
                diags.error("", "min_version is invalid: " + e.getMessage(), at);
                return false;
            }
            GoVersion actual = GoVersion.parse(packerVersion);
            if (actual.compareTo(min) < 0) {
                diags.error("", "This template requires Packer version " + min + " or higher; using " + actual, at);
                return false;
            }
        }
        return true;
    }

    private static void onlyExcept(OnlyExcept oe, Map<String, LegacyBuilder> builders, String prefix, Component c,
            Diagnostics diags) {
        if (!oe.only().isEmpty() && !oe.except().isEmpty()) {
            diags.error("", prefix + "only one of 'only' or 'except' may be specified", c.range());
            return;
        }
        for (String n : oe.only()) {
            if (!builders.containsKey(n)) {
                diags.error("", prefix + "'only' specified builder '" + n + "' not found", c.keyRange("only"));
            }
        }
        for (String n : oe.except()) {
            if (!builders.containsKey(n)) {
                diags.error("", prefix + "'except' specified builder '" + n + "' not found", c.keyRange("except"));
            }
        }
    }
}
