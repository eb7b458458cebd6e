package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A binary floating-point number {@code mantissa * 2^exponent} with a given precision in bits, the model of
 * Go's {@code big.Float} that go-cty numbers are (512 bits). Used to reproduce cty's arithmetic exactly:
 * operands are rounded to binary, the exact result is rounded to the precision (nearest, ties to even), and
 * the result is stored as the shortest decimal that rounds back to it, which is also how cty prints it.
 */
record BinaryFloat(BigInteger mantissa, int exponent, int precision) {

    static final int CTY_PRECISION = 512;

    /** The binary value nearest to {@code d} at {@code precision} bits. */
    static BinaryFloat of(BigDecimal d, int precision) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        if (scale <= 0) {
            return round(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE, 0, precision);
        }
        return round(unscaled, BigInteger.TEN.pow(scale), 0, precision);
    }

    /** The value {@code p / q * 2^e} rounded to {@code precision} bits ({@code q} positive). */
    static BinaryFloat round(BigInteger p, BigInteger q, int e, int precision) {
        if (p.signum() == 0) {
            return new BinaryFloat(BigInteger.ZERO, 0, precision);
        }
        boolean negative = p.signum() < 0;
        BigInteger abs = p.abs();
        int shift = abs.bitLength() - q.bitLength() - precision;
        BigInteger low = BigInteger.ONE.shiftLeft(precision - 1);
        BigInteger high = BigInteger.ONE.shiftLeft(precision);
        BigInteger[] qr;
        while (true) {
            qr = divide(abs, q, shift);
            if (qr[0].compareTo(high) >= 0) {
                shift++;
            } else if (qr[0].compareTo(low) < 0) {
                shift--;
            } else {
                break;
            }
        }
        BigInteger m = qr[0];
        BigInteger den = shift > 0 ? q.shiftLeft(shift) : q;
        int cmp = qr[1].shiftLeft(1).compareTo(den);
        if (cmp > 0 || cmp == 0 && m.testBit(0)) {
            m = m.add(BigInteger.ONE);
        }
        return new BinaryFloat(negative ? m.negate() : m, shift + e, precision);
    }

    /** {@code abs / q * 2^-shift} as quotient and remainder (remainder relative to the shifted divisor). */
    private static BigInteger[] divide(BigInteger abs, BigInteger q, int shift) {
        if (shift <= 0) {
            return abs.shiftLeft(-shift).divideAndRemainder(q);
        }
        return abs.divideAndRemainder(q.shiftLeft(shift));
    }

    boolean isZero() {
        return mantissa.signum() == 0;
    }

    /** The exact value as a decimal. */
    BigDecimal exact() {
        if (exponent >= 0) {
            return new BigDecimal(mantissa.shiftLeft(exponent));
        }
        return new BigDecimal(mantissa.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    BinaryFloat add(BinaryFloat o, int prec) {
        int e = Math.min(exponent, o.exponent);
        BigInteger sum = mantissa.shiftLeft(exponent - e).add(o.mantissa.shiftLeft(o.exponent - e));
        return round(sum, BigInteger.ONE, e, prec);
    }

    BinaryFloat negate() {
        return new BinaryFloat(mantissa.negate(), exponent, precision);
    }

    BinaryFloat multiply(BinaryFloat o, int prec) {
        return round(mantissa.multiply(o.mantissa), BigInteger.ONE, exponent + o.exponent, prec);
    }

    /** Division; the divisor must not be zero. */
    BinaryFloat divide(BinaryFloat o, int prec) {
        BigInteger p = mantissa;
        BigInteger q = o.mantissa;
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        return round(p, q, exponent - o.exponent, prec);
    }

    /** The integer part, truncated toward zero (big.Float.Int). */
    BigInteger truncate() {
        if (exponent >= 0) {
            return mantissa.shiftLeft(exponent);
        }
        BigInteger abs = mantissa.abs().shiftRight(-exponent);
        return mantissa.signum() < 0 ? abs.negate() : abs;
    }

    /** The shortest decimal that rounds to this value at its precision (big.Float.Text('f', -1)). */
    BigDecimal shortest() {
        return ShortestDecimal.of(this);
    }
}
