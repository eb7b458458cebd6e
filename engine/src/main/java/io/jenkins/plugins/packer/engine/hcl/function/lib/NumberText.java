package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's math/big number printing as go-cty's format uses it: {@code big.Float.Text} for %e %f %g (and %v) and
 * {@code big.Int}'s Format for %b %d %o %x %X, including flags, width and precision. Numbers with a precision
 * are first taken to their exact 512-bit binary value, as cty holds them, so ties round as Go rounds them.
 */
final class NumberText {

    private static final int CTY_BITS = 512;

    private NumberText() {
    }

    /** Decimal digits without trailing zeros and exponent: value = 0.mant × 10^exp (Go's decimal type). */
    private record Digits(String mant, int exp) {
        static Digits of(BigDecimal abs) {
            if (abs.signum() == 0) {
                return new Digits("", 0);
            }
            BigDecimal s = abs.stripTrailingZeros();
            String m = s.unscaledValue().toString();
            return new Digits(m, m.length() - s.scale());
        }

        char at(int i) {
            return i >= 0 && i < mant.length() ? mant.charAt(i) : '0';
        }
    }

    /** {@code big.Float.Text(fmt, prec)} for fmt in e, E, f, g, G; {@code prec < 0} means shortest. */
    static String text(BigDecimal x, char fmt, int prec) {
        boolean neg = x.signum() < 0;
        BigDecimal abs = x.abs();
        boolean shortest = prec < 0;
        Digits d;
        if (shortest) {
            d = Digits.of(abs);
            prec = switch (fmt) {
                case 'e', 'E' -> d.mant.length() - 1;
                case 'f' -> Math.max(d.mant.length() - d.exp, 0);
                default -> d.mant.length();
            };
        } else {
            BigDecimal exact = exactBinary(abs);
            if (fmt == 'f') {
                d = Digits.of(exact.setScale(prec, RoundingMode.HALF_EVEN));
            } else {
                if ((fmt == 'g' || fmt == 'G') && prec == 0) {
                    prec = 1;
                }
                int digits = fmt == 'e' || fmt == 'E' ? prec + 1 : prec;
                d = Digits.of(exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
            }
        }
        StringBuilder sb = new StringBuilder();
        if (neg) {
            sb.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(sb, fmt, prec, d);
            case 'f' -> fmtF(sb, prec, d);
            default -> {
                int eprec = prec;
                if (eprec > d.mant.length() && d.mant.length() >= d.exp) {
                    eprec = d.mant.length();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = d.exp - 1;
                if (exp < -4 || exp >= eprec) {
                    fmtE(sb, fmt == 'g' ? 'e' : 'E', Math.min(prec, d.mant.length()) - 1, d);
                } else {
                    fmtF(sb, Math.max((prec > d.exp ? d.mant.length() : prec) - d.exp, 0), d);
                }
            }
        }
        return sb.toString();
    }

    private static void fmtE(StringBuilder sb, char fmt, int prec, Digits d) {
        sb.append(d.mant.isEmpty() ? '0' : d.mant.charAt(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(d.at(i));
            }
        }
        sb.append(fmt);
        int exp = d.mant.isEmpty() ? 0 : d.exp - 1;
        sb.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    private static void fmtF(StringBuilder sb, int prec, Digits d) {
        if (d.exp > 0) {
            for (int i = 0; i < d.exp; i++) {
                sb.append(d.at(i));
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(d.at(d.exp + i));
            }
        }
    }

    /** {@code fmt.Sprintf("%<flags><width>.<prec><verb>", bigFloat)} for verb in e, E, f, g, G. */
    static String formatFloat(BigDecimal x, char verb, Flags f) {
        int prec = f.precision >= 0 ? f.precision : (verb == 'g' || verb == 'G' ? -1 : 6);
        String body = text(x, verb, prec);
        String sign = "";
        if (body.startsWith("-")) {
            sign = "-";
            body = body.substring(1);
        } else if (f.plus) {
            sign = "+";
        } else if (f.space) {
            sign = " ";
        }
        int padding = Math.max(f.width - sign.length() - body.length(), 0);
        if (f.zero && !f.minus) {
            return sign + "0".repeat(padding) + body;
        }
        if (f.minus) {
            return sign + body + " ".repeat(padding);
        }
        return " ".repeat(padding) + sign + body;
    }

    /** {@code fmt.Sprintf("%<flags><width>.<prec><verb>", bigInt)} for verb in b, d, o, x, X. */
    static String formatInteger(BigInteger n, char verb, Flags f) {
        int base = switch (verb) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String sign = n.signum() < 0 ? "-" : f.plus ? "+" : f.space ? " " : "";
        String prefix = "";
        if (f.sharp) {
            prefix = switch (verb) {
                case 'b' -> "0b";
                case 'o' -> "0";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        String digits = n.abs().toString(base);
        if (verb == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        int zeros = 0;
        if (f.precision >= 0) {
            if (digits.length() < f.precision) {
                zeros = f.precision - digits.length();
            } else if (digits.equals("0") && f.precision == 0) {
                return "";
            }
        }
        int left = 0;
        int right = 0;
        int length = sign.length() + prefix.length() + zeros + digits.length();
        if (f.width > length) {
            int pad = f.width - length;
            if (f.minus) {
                right = pad;
            } else if (f.zero && f.precision < 0) {
                zeros = pad;
            } else {
                left = pad;
            }
        }
        return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
    }

    /** Printf flags, width and precision; -1 when absent. */
    record Flags(boolean zero, boolean sharp, boolean plus, boolean minus, boolean space, int width,
            int precision) {
    }

    /** The exact value of {@code x} rounded to a 512-bit binary mantissa (ties to even), as cty stores it. */
    static BigDecimal exactBinary(BigDecimal x) {
        if (x.signum() == 0) {
            return x;
        }
        BigDecimal abs = x.abs();
        int magnitude = abs.precision() - abs.scale();
        if (Math.abs(magnitude) > 20_000) {
            return x; // too costly; such numbers print the same either way for any sane precision
        }
        // estimate floor(log2(abs)) - 511, then correct it so the mantissa has exactly 512 bits
        int e = (int) Math.floor(magnitude * 3.321928094887362) - CTY_BITS;
        for (int attempt = 0; attempt < 64; attempt++) {
            BigInteger m = scaled(abs, e).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
            if (m.bitLength() > CTY_BITS) {
                e++;
            } else if (m.bitLength() < CTY_BITS) {
                e--;
            } else {
                BigDecimal v = e >= 0 ? new BigDecimal(m.shiftLeft(e))
                        : new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-e)), -e);
                return x.signum() < 0 ? v.negate() : v;
            }
        }
        return x;
    }

    /** abs / 2^e, exactly. */
    private static BigDecimal scaled(BigDecimal abs, int e) {
        if (e <= 0) {
            return abs.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(-e)));
        }
        // dividing by 2^e = multiplying by 5^e / 10^e
        return abs.multiply(new BigDecimal(BigInteger.valueOf(5).pow(e))).scaleByPowerOfTen(-e);
    }
}
