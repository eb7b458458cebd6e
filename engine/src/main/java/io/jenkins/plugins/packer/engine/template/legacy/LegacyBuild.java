package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One build of a legacy template, ready for the build layer: every component's configuration interpolated for
 * this build ({@code build_name}, {@code build_type} and user variables applied; provisioner overrides merged)
 * and the components that do not apply to it dropped. Decode each configuration with
 * {@code MapDecoder.decode(schema, c.config(), diags, c.source().range(), c.source()::keyRange)}.
 *
 * @param name the build name (interpolated builder name)
 * @param cleanupProvisioner the {@code error-cleanup-provisioner}, or null
 * @param postProcessors the chains that apply to this build (empty chains dropped)
 */
public record LegacyBuild(String name, BuilderConfig builder, List<ProvisionerConfig> provisioners,
        ProvisionerConfig cleanupProvisioner, List<List<PostProcessorConfig>> postProcessors) {

    /** The builder: its type and interpolated configuration. */
    public record BuilderConfig(String type, Map<String, Object> config, LegacyBuilder source) {
        public Range keyRange(String key) {
            return source.keyRange(key);
        }
    }

    /**
     * A provisioner with its interpolated configuration and run settings.
     *
     * @param maxRetries retries after a failure (0 = none)
     */
    public record ProvisionerConfig(String type, Map<String, Object> config, Duration pauseBefore,
            Duration timeout, int maxRetries, LegacyProvisioner source) {
        public Range keyRange(String key) {
            return source.keyRange(key);
        }
    }

    /** A post-processor of a chain with its interpolated configuration. */
    public record PostProcessorConfig(String name, String type, Boolean keepInputArtifact, Map<String, Object> config,
            LegacyPostProcessor source) {
        public Range keyRange(String key) {
            return source.keyRange(key);
        }
    }
}
