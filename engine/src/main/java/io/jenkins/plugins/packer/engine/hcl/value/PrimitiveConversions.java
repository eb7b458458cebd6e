package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** cty's conversions between string, number and bool. */
final class PrimitiveConversions {

    /** What big.Float's base-10 parser accepts (no infinities: this engine has no way to hold them). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PrimitiveConversions() {
    }

    static Conversion get(Type.Primitive in, Type.Primitive out, boolean unsafe) {
        if (in == out) {
            return (v, path) -> v;
        }
        if (out == Type.Primitive.STRING) {
            // number -> string and bool -> string are safe
            return (v, path) -> Value.string(in == Type.Primitive.NUMBER ? Numbers.toText(v.asNumber())
                    : Boolean.toString(v.asBool()));
        }
        if (!unsafe || in != Type.Primitive.STRING) {
            return null;
        }
        if (out == Type.Primitive.NUMBER) {
            return (v, path) -> {
                BigDecimal n = parseNumber(v.asString());
                if (n == null) {
                    throw new ConversionException("a number is required", path);
                }
                return Value.number(n);
            };
        }
        return (v, path) -> switch (v.asString()) {
            case "true" -> Value.TRUE;
            case "false" -> Value.FALSE;
            default -> throw new ConversionException(boolMessage(v.asString()), path);
        };
    }

    /** Parses a number the way cty.ParseNumberVal does, or returns null. */
    static BigDecimal parseNumber(String s) {
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String boolMessage(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> "a bool is required; to convert from string, use lowercase \"true\"";
            case "false" -> "a bool is required; to convert from string, use lowercase \"false\"";
            default -> "a bool is required";
        };
    }
}
