package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.time.Duration;
import java.util.Map;

/**
 * A provisioner (or the {@code error-cleanup-provisioner}) of a legacy template.
 *
 * @param override per build name, configuration keys replacing the provisioner's own for that build
 * @param pauseBefore wait before running (zero when unset)
 * @param maxRetries as written (a number or a template such as {@code {{user `retries`}}}); empty when unset.
 *     Packer interpolates it and requires an integer when the build is set up
 * @param timeout limit for the provisioner's run (zero when unset)
 * @param config the provisioner's configuration without the keys above and {@code type}
 */
public record LegacyProvisioner(String type, OnlyExcept onlyExcept, Map<String, Object> override,
        Duration pauseBefore, String maxRetries, Duration timeout, Map<String, Object> config, Range range,
        Map<String, Range> keyRanges) implements Component {

    public LegacyProvisioner {
        keyRanges = Map.copyOf(keyRanges);
    }
}
