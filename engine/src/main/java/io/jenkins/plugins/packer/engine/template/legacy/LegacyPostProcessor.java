package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.Map;

/**
 * A post-processor of a legacy template, one element of a chain.
 *
 * @param name {@code name}, else the type (what {@code -except} can name)
 * @param keepInputArtifact {@code keep_input_artifact}, or null when unset (the post-processor decides)
 * @param config the post-processor's configuration without {@code type}, {@code name}, {@code only},
 *     {@code except} and {@code keep_input_artifact}
 */
public record LegacyPostProcessor(String name, String type, OnlyExcept onlyExcept, Boolean keepInputArtifact,
        Map<String, Object> config, Range range, Map<String, Range> keyRanges) implements Component {

    public LegacyPostProcessor {
        keyRanges = Map.copyOf(keyRanges);
    }
}
