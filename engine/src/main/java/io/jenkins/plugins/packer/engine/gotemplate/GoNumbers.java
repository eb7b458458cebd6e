package io.jenkins.plugins.packer.engine.gotemplate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's formatting of float64 values: {@code %v} ({@code strconv.FormatFloat(f, 'g', -1, 64)}: shortest digits,
 * exponent form when the exponent is below -4 or at least 6, as in {@code 1e+06}) and
 * {@code strconv.FormatFloat(f, 'f', -1, 64)} (shortest digits, never an exponent).
 */
public final class GoNumbers {

    private GoNumbers() {
    }

    /** {@code fmt.Sprint(f)} for a float64. */
    public static String formatG(double d) {
        String special = special(d);
        if (special != null) {
            return special;
        }
        BigDecimal s = shortest(d);
        String digits = s.unscaledValue().abs().toString();
        int exp = digits.length() - s.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int a = Math.abs(exp);
            return sb.append('e').append(exp < 0 ? '-' : '+').append(a < 10 ? "0" : "").append(a).toString();
        }
        return sign + s.abs().toPlainString();
    }

    /** {@code strconv.FormatFloat(f, 'f', -1, 64)}: what mapstructure's weak decoding turns a number into. */
    public static String formatF(double d) {
        String special = special(d);
        if (special != null) {
            return special;
        }
        return (d < 0 ? "-" : "") + shortest(d).abs().toPlainString();
    }

    private static String special(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        return null;
    }

    /** The decimal with the fewest significant digits that reads back as {@code d}. */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
