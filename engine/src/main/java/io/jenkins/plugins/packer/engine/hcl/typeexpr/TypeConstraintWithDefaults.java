package io.jenkins.plugins.packer.engine.hcl.typeexpr;

import io.jenkins.plugins.packer.engine.hcl.value.Type;

/**
 * A type constraint read by {@link TypeConstraint#parseWithDefaults} together with the default values of its
 * optional object attributes ({@code optional(number, 1)}); {@code defaults} is null when there are none.
 */
public record TypeConstraintWithDefaults(Type type, Defaults defaults) {

    public boolean hasDefaults() {
        return defaults != null;
    }
}
