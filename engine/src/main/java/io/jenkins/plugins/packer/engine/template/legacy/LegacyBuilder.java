package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.Map;

/**
 * A builder of a legacy template.
 *
 * @param name the build name as written ({@code name}, else the type); may contain template calls, which
 *     {@link LegacyBuilds} interpolates
 * @param config the builder's configuration without {@code name} and {@code type}
 */
public record LegacyBuilder(String name, String type, Map<String, Object> config, Range range,
        Map<String, Range> keyRanges) implements Component {

    public LegacyBuilder {
        keyRanges = Map.copyOf(keyRanges);
    }
}
