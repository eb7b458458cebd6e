package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The shortest decimal inside the rounding interval of a {@link BinaryFloat}, computed the way Go's
 * math/big does for {@code Text('f', -1)}, digit by digit against the interval bounds.
 */
final class ShortestDecimal {

    private ShortestDecimal() {
    }

    /** Decimal digits without leading or trailing zeros and the decimal point position: 0.digits * 10^dp. */
    private static final class Digits {
        StringBuilder mant;
        int dp;

        Digits(BigDecimal exact) {
            BigDecimal abs = exact.abs().stripTrailingZeros();
            String s = abs.unscaledValue().toString();
            mant = new StringBuilder(s);
            dp = s.length() - abs.scale();
        }

        char at(int i) {
            return i < mant.length() ? mant.charAt(i) : '0';
        }

        void roundDown(int n) {
            if (n < mant.length()) {
                mant.setLength(n);
                trim();
            }
        }

        void roundUp(int n) {
            if (n >= mant.length()) {
                return;
            }
            while (n > 0 && mant.charAt(n - 1) >= '9') {
                n--;
            }
            if (n == 0) {
                mant.setLength(0);
                mant.append('1');
                dp++;
                return;
            }
            mant.setCharAt(n - 1, (char) (mant.charAt(n - 1) + 1));
            mant.setLength(n);
        }

        void round(int n) {
            if (n >= mant.length()) {
                return;
            }
            boolean up;
            if (mant.charAt(n) == '5' && n + 1 == mant.length()) {
                up = n > 0 && (mant.charAt(n - 1) - '0') % 2 != 0;
            } else {
                up = mant.charAt(n) >= '5';
            }
            if (up) {
                roundUp(n);
            } else {
                roundDown(n);
            }
        }

        private void trim() {
            int n = mant.length();
            while (n > 0 && mant.charAt(n - 1) == '0') {
                n--;
            }
            mant.setLength(n);
        }

        BigDecimal toBigDecimal(boolean negative) {
            if (mant.length() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal d = new BigDecimal(new BigInteger(mant.toString()), mant.length() - dp);
            return negative ? d.negate() : d;
        }
    }

    static BigDecimal of(BinaryFloat x) {
        if (x.isZero()) {
            return BigDecimal.ZERO;
        }
        BigInteger m = x.mantissa().abs();
        int s = m.bitLength() - (x.precision() + 1);
        BigInteger mant = s < 0 ? m.shiftLeft(-s) : m.shiftRight(s);
        int exp = x.exponent() + s;
        Digits d = new Digits(x.exact());
        Digits lower = new Digits(new BinaryFloat(mant.subtract(BigInteger.ONE), exp, x.precision()).exact());
        Digits upper = new Digits(new BinaryFloat(mant.add(BigInteger.ONE), exp, x.precision()).exact());
        boolean inclusive = !mant.testBit(1);
        for (int i = 0; i < d.mant.length(); i++) {
            char l = lower.at(i);
            char u = upper.at(i);
            char c = d.mant.charAt(i);
            boolean okDown = l != c || inclusive && i + 1 == lower.mant.length();
            boolean okUp = c != u && (inclusive || c + 1 < u || i + 1 < upper.mant.length());
            if (okDown && okUp) {
                d.round(i + 1);
                break;
            } else if (okDown) {
                d.roundDown(i + 1);
                break;
            } else if (okUp) {
                d.roundUp(i + 1);
                break;
            }
        }
        return d.toBigDecimal(x.mantissa().signum() < 0);
    }
}
