package io.jenkins.plugins.packer.engine.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Go's {@code strconv} parsing as mapstructure's weak decoding uses it, with Go's error messages
 * ({@code strconv.ParseInt: parsing "abc": invalid syntax}).
 */
public final class GoStrconv {

    private static final Pattern DECIMAL_FLOAT =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX_FLOAT =
            Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private GoStrconv() {
    }

    /** {@code strconv.ParseInt(s, 0, bits)}: sign, base prefix (0x, 0o, 0b, leading 0 = octal), underscores. */
    public static long parseInt(String s, int bits) {
        String t = s;
        boolean neg = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int base = 10;
        if (t.length() > 1 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            if (p == 'x' || p == 'b' || p == 'o') {
                base = p == 'x' ? 16 : p == 'b' ? 2 : 8;
                t = t.substring(2);
            } else {
                base = 8;
                t = t.substring(1);
            }
        }
        if (t.isEmpty() || !underscoresOk(s)) {
            throw syntax("ParseInt", s);
        }
        String digits = t.replace("_", "");
        if (digits.isEmpty()) {
            throw syntax("ParseInt", s);
        }
        BigInteger v;
        try {
            v = new BigInteger(digits, base);
        } catch (NumberFormatException e) {
            throw syntax("ParseInt", s);
        }
        if (digits.startsWith("-") || digits.startsWith("+")) {
            throw syntax("ParseInt", s);
        }
        if (neg) {
            v = v.negate();
        }
        BigInteger max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
        if (v.compareTo(max) > 0 || v.compareTo(min) < 0) {
            throw new IllegalArgumentException("strconv.ParseInt: parsing " + GoQuote.quote(s) + ": value out of range");
        }
        return v.longValueExact();
    }

    /** {@code strconv.ParseBool}. */
    public static boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw syntax("ParseBool", s);
        };
    }

    /** {@code strconv.ParseFloat(s, 64)}: decimal and hexadecimal forms, Inf and NaN, underscores. */
    public static double parseFloat(String s) {
        if (SPECIAL.matcher(s).matches()) {
            String l = s.toLowerCase(java.util.Locale.ROOT);
            if (l.contains("nan")) {
                return Double.NaN;
            }
            return l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!underscoresOk(s)) {
            throw syntax("ParseFloat", s);
        }
        String t = s.replace("_", "");
        double d;
        if (DECIMAL_FLOAT.matcher(t).matches()) {
            d = new BigDecimal(t.startsWith("+") ? t.substring(1) : t).doubleValue();
        } else if (HEX_FLOAT.matcher(t).matches()) {
            d = Double.parseDouble(t);
        } else {
            throw syntax("ParseFloat", s);
        }
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("strconv.ParseFloat: parsing " + GoQuote.quote(s)
                    + ": value out of range");
        }
        return d;
    }

    /** Go's rule: underscores only between digits (or after a base prefix). */
    private static boolean underscoresOk(String s) {
        if (s.indexOf('_') < 0) {
            return true;
        }
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        char saw = '^';
        if (i + 1 < s.length() && s.charAt(i) == '0' && "xXbBoO".indexOf(s.charAt(i + 1)) >= 0) {
            i += 2;
            saw = '0';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                saw = '0';
            } else if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
            } else {
                if (saw == '_') {
                    return false;
                }
                saw = '!';
            }
        }
        return saw != '_';
    }

    private static IllegalArgumentException syntax(String fn, String s) {
        return new IllegalArgumentException("strconv." + fn + ": parsing " + GoQuote.quote(s) + ": invalid syntax");
    }
}
