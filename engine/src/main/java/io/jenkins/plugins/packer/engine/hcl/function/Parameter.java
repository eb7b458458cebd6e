package io.jenkins.plugins.packer.engine.hcl.function;

import io.jenkins.plugins.packer.engine.hcl.value.Type;

/**
 * A function parameter as go-cty declares them: a name (used in messages), a type constraint (arguments are
 * converted to it; {@link Type#DYNAMIC} accepts anything), and what the implementation handles itself.
 */
public record Parameter(String name, Type type, boolean allowNull, boolean allowUnknown, boolean allowDynamicType,
        boolean allowMarked) {

    /** A parameter that takes a known, non-null, unmarked value of {@code type}. */
    public static Parameter of(String name, Type type) {
        return new Parameter(name, type, false, false, false, false);
    }
}
