package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number arithmetic and printing as go-cty does it. cty numbers are 512-bit binary floats; here a number is
 * stored as the shortest decimal that identifies its binary value, so results print and compare exactly like
 * cty's ({@code 1/3*3 == 1}, {@code 1.1*1.1} gives {@code 1.2100...0001}). Numbers with more than
 * {@value #CANONICAL_DIGITS} significant digits are rounded to that binary form when a value is made.
 */
public final class Numbers {

    /** A decimal with at most this many significant digits is its own shortest 512-bit form. */
    static final int CANONICAL_DIGITS = 150;

    /** Beyond this decimal exponent exact binary emulation would be too costly; plain decimals are used. */
    private static final int MAX_EXACT_SCALE = 20_000;

    /** Longest plain decimal {@link #toText} writes. */
    private static final int MAX_PLAIN_DIGITS = 100_000;

    private static final MathContext FALLBACK = new MathContext(155, RoundingMode.HALF_EVEN);
    private static final BigInteger TWO_POW_500 = BigInteger.ONE.shiftLeft(500);

    private Numbers() {
    }

    /** {@code n} in canonical form: trailing zeros stripped, rounded to cty's precision when longer. */
    public static BigDecimal canonical(BigDecimal n) {
        if (n.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = n.stripTrailingZeros();
        if (s.precision() <= CANONICAL_DIGITS || !exactOk(s)) {
            return s;
        }
        return toBinary(s).shortest();
    }

    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (smallIntegers(a, b)) {
            return canonical(a.add(b));
        }
        if (!exactOk(a) || !exactOk(b)) {
            // rounded: an exact sum of 1e99999999 and 1 would have a hundred million digits
            return canonical(a.add(b, FALLBACK));
        }
        return toBinary(a).add(toBinary(b), BinaryFloat.CTY_PRECISION).shortest();
    }

    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return add(a, b.negate());
    }

    public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
        if (smallIntegers(a, b)) {
            return canonical(a.multiply(b));
        }
        if (!exactOk(a) || !exactOk(b)) {
            return canonical(a.multiply(b, FALLBACK));
        }
        return toBinary(a).multiply(toBinary(b), BinaryFloat.CTY_PRECISION).shortest();
    }

    /** Quotient; {@code b} must not be zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (!exactOk(a) || !exactOk(b)) {
            return canonical(a.divide(b, FALLBACK));
        }
        return toBinary(a).divide(toBinary(b), BinaryFloat.CTY_PRECISION).shortest();
    }

    /**
     * cty's modulo: {@code a - b * trunc(a / b)}, with cty's roundings; {@code a % 0} is {@code a}. The sign
     * follows the dividend ({@code -5 % 3} is {@code -2}).
     */
    public static BigDecimal modulo(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return canonical(a);
        }
        if (smallIntegers(a, b)) {
            return canonical(a.remainder(b));
        }
        if (!exactOk(a) || !exactOk(b)) {
            return canonical(roundedModulo(a, b));
        }
        BinaryFloat x = toBinary(a);
        BinaryFloat y = toBinary(b);
        BigInteger q = x.divide(y, BinaryFloat.CTY_PRECISION).truncate();
        int prec = BinaryFloat.CTY_PRECISION; // cty: work = new(big.Float).Copy(dividend).SetInt(q)
        BinaryFloat work = BinaryFloat.round(q, BigInteger.ONE, 0, prec).multiply(y, prec);
        BinaryFloat result = x.add(work.negate(), prec);
        return canonical(result.shortest());
    }

    /**
     * The number as cty converts it to a string: plain decimal notation, e.g. {@code 0.00000015}. A number
     * whose plain form would run past {@value #MAX_PLAIN_DIGITS} digits (1e99999999) is written in E notation
     * instead, rather than building a string of that size.
     */
    public static String toText(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal s = n.stripTrailingZeros();
        long digits = Math.max((long) s.precision() - s.scale(), (long) s.scale());
        return digits > MAX_PLAIN_DIGITS ? s.toString() : s.toPlainString();
    }

    /** {@code a - b * trunc(a / b)} at the fallback precision, for numbers too far apart to work exactly. */
    private static BigDecimal roundedModulo(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, FALLBACK);
        if (q.precision() - q.scale() <= 0) {
            return a; // |a / b| < 1
        }
        if (q.scale() > 0) {
            q = q.setScale(0, RoundingMode.DOWN);
        }
        return a.subtract(b.multiply(q, FALLBACK), FALLBACK);
    }

    private static BinaryFloat toBinary(BigDecimal d) {
        return BinaryFloat.of(d, BinaryFloat.CTY_PRECISION);
    }

    private static boolean exactOk(BigDecimal d) {
        int exp = d.precision() - d.scale();
        return Math.abs(d.scale()) <= MAX_EXACT_SCALE && Math.abs(exp) <= MAX_EXACT_SCALE;
    }

    /** Integers small enough that sums and products are exact at 512 bits. */
    private static boolean smallIntegers(BigDecimal a, BigDecimal b) {
        return isSmallInteger(a) && isSmallInteger(b);
    }

    private static boolean isSmallInteger(BigDecimal d) {
        if (d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return d.abs().compareTo(new BigDecimal(BigInteger.ONE.shiftLeft(250))) < 0;
    }

    static boolean fitsLong(BigDecimal d) {
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return d.abs().compareTo(new BigDecimal(TWO_POW_500)) < 0 && d.toBigInteger().bitLength() < 64;
    }
}
