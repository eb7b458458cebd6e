package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed legacy JSON template ({@code {"variables": ..., "builders": [...], ...}}), as packer-plugin-sdk's
 * {@code template.Template}. Maps keep the document order. Produced by {@link LegacyTemplateParser}; checked by
 * {@link LegacyTemplateValidator}; variables resolved by {@link UserVariables}; builds set up by
 * {@link LegacyBuilds}.
 *
 * @param path the template file (absolute), or null when parsed from memory ({@code template_dir} then fails)
 * @param minVersion {@code min_packer_version}, empty when unset
 * @param comments top-level keys starting with {@code _} and their (string) values
 * @param builders by build name as written
 * @param cleanupProvisioner the {@code error-cleanup-provisioner}, or null
 * @param postProcessors the chains, in order
 */
public record LegacyTemplate(
        Path path,
        String description,
        String minVersion,
        Range minVersionRange,
        Map<String, String> comments,
        Map<String, LegacyVariable> variables,
        Map<String, LegacyBuilder> builders,
        List<LegacyProvisioner> provisioners,
        LegacyProvisioner cleanupProvisioner,
        List<List<LegacyPostProcessor>> postProcessors,
        Range range) {

    /** The names of the declared variables listed in {@code sensitive-variables}. */
    public Set<String> sensitiveVariables() {
        Set<String> out = new LinkedHashSet<>();
        variables.values().stream().filter(LegacyVariable::sensitive).forEach(v -> out.add(v.name()));
        return out;
    }
}
