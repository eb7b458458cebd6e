package io.jenkins.plugins.packer.engine.hcl.function;

import io.jenkins.plugins.packer.engine.hcl.value.Type;

/**
 * A function parameter as go-cty declares them: a name (used in messages), a type constraint (arguments are
 * converted to it; {@link Type#DYNAMIC} accepts anything), and what the implementation handles itself.
 *
 * <ul>
 * <li>{@code allowNull}: a null argument reaches the implementation; otherwise the call fails with
 * "argument must not be null".</li>
 * <li>{@code allowUnknown}: an unknown argument reaches the implementation; otherwise the call returns an
 * unknown value of the return type without running the implementation.</li>
 * <li>{@code allowDynamicType}: an argument whose type is not known yet reaches the return-type rule;
 * otherwise the return type is taken as {@link Type#DYNAMIC}.</li>
 * <li>{@code allowMarked}: a marked argument reaches the implementation with its marks; otherwise its
 * marks (also nested ones) are removed and put on the result.</li>
 * </ul>
 */
public record Parameter(String name, Type type, boolean allowNull, boolean allowUnknown, boolean allowDynamicType,
        boolean allowMarked) {

    /** A parameter that takes a known, non-null, unmarked value of {@code type}. */
    public static Parameter of(String name, Type type) {
        return new Parameter(name, type, false, false, false, false);
    }

    public Parameter allowingNull() {
        return new Parameter(name, type, true, allowUnknown, allowDynamicType, allowMarked);
    }

    public Parameter allowingUnknown() {
        return new Parameter(name, type, allowNull, true, allowDynamicType, allowMarked);
    }

    public Parameter allowingDynamicType() {
        return new Parameter(name, type, allowNull, allowUnknown, true, allowMarked);
    }

    public Parameter allowingMarked() {
        return new Parameter(name, type, allowNull, allowUnknown, allowDynamicType, true);
    }

    /** Null, unknown, dynamically typed and marked arguments all reach the implementation. */
    public Parameter allowingAll() {
        return new Parameter(name, type, true, true, true, true);
    }
}
