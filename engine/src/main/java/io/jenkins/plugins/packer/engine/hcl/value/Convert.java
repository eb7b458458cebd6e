package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.List;
import java.util.Optional;

/**
 * Type conversion and unification with go-cty's semantics (package {@code cty/convert}).
 *
 * <p>{@link #convert} allows both safe conversions (number or bool to string, list to list of a wider
 * element type, tuple to list, object to map, ...) and unsafe ones that may fail on a particular value
 * (string to number or bool, list to set, map to object). Conversion to {@link Type#DYNAMIC} returns the value
 * unchanged; a null or unknown value becomes a null or unknown value of the target type; marks are kept at
 * every depth. A target type with {@code any} inside ({@code list(any)}) takes the unified type of the
 * elements. Object types with optional attributes get null for the missing ones.
 */
public final class Convert {

    private Convert() {
    }

    /** Converts {@code v} to {@code want}, or throws with cty's message (such as "a number is required"). */
    public static Value convert(Value v, Type want) throws ConversionException {
        if (v.type().equals(want)) {
            return v;
        }
        Conversion c = Conversions.get(v.type(), want, true);
        if (c == null) {
            throw new ConversionException(MismatchMessages.of(v.type(), want));
        }
        return c.apply(v, List.of());
    }

    /** True when some conversion (safe or unsafe) from {@code from} to {@code to} exists. */
    public static boolean canConvert(Type from, Type to) {
        return from.equals(to) || Conversions.get(from, to, true) != null;
    }

    /** True when a conversion that can never fail exists (cty GetConversion rather than GetConversionUnsafe). */
    public static boolean canConvertSafely(Type from, Type to) {
        return from.equals(to) || Conversions.get(from, to, false) != null;
    }

    /** cty's explanation of why {@code got} does not convert to {@code want}, e.g. "element 1: string required". */
    public static String mismatchMessage(Type got, Type want) {
        return MismatchMessages.of(got, want);
    }

    /**
     * cty's {@code convert.Unify}: the type all of {@code types} convert to using safe conversions only, or
     * empty when there is none (or {@code types} is empty).
     */
    public static Optional<Type> unify(List<Type> types) {
        return Optional.ofNullable(Unification.unify(types, false));
    }

    /**
     * cty's {@code convert.UnifyUnsafe}, which HCL uses for conditional results: like {@link #unify} but unsafe
     * conversions (string to number...) are allowed.
     */
    public static Optional<Type> unifyUnsafe(List<Type> types) {
        return Optional.ofNullable(Unification.unify(types, true));
    }

    /** cty's friendly name of a type used as a constraint, e.g. "list of any single type", "any type". */
    public static String constraintName(Type t) {
        return MismatchMessages.constraintName(t);
    }
}
