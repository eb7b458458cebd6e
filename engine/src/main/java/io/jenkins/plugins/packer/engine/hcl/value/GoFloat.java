package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's {@code fmt.Sprintf("%g", float64)}: the shortest digits that identify the double. */
final class GoFloat {

    private GoFloat() {
    }

    static String formatG(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - shortest.scale() - 1;
        String sign = d < 0 ? "-" : "";
        // %g with the shortest precision switches to exponent form outside [1e-4, 1e6)
        if (exp < -4 || exp >= 6) {
            return sign + eForm(digits, exp);
        }
        return sign + shortest.abs().toPlainString();
    }

    private static String eForm(String digits, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }

    /** The shortest decimal that converts back to exactly {@code d}. */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
