package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;

/**
 * A user variable of a legacy JSON template: {@code "name": "default"} or {@code "name": null} (required).
 *
 * @param defaultValue the default as written (may contain {@code {{env `X`}}} and {@code {{user `y`}}}); empty
 *     for required variables
 * @param sensitive listed in {@code sensitive-variables}: its value is masked in all output
 */
public record LegacyVariable(String name, String defaultValue, boolean required, boolean sensitive, Range range) {
}
