package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.Map;

/**
 * A component's configuration in one build, whatever the template language: decoded once when planning (build
 * values not known yet; errors stop the run before it starts) and again when the component runs, with the
 * values the builder generated ({@code build.ID}, ...).
 */
interface ComponentConfig {

    ComponentType<?> type();

    /** Decodes with {@code buildData} as the known build values (empty while planning). */
    Decoded<? extends Record> decode(Map<String, String> buildData, Diagnostics diags);

    /** Where to point at when the configuration as a whole is concerned. */
    Range range();
}
