package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * {@code parseint(number, base)}: parses a string as an integer in base 2 to 62 (go-cty stdlib, Go's
 * big.Int syntax: optional sign, digits 0-9, then letters; case-insensitive up to base 36, lower case before
 * upper case above). Sensitive arguments are not repeated in error messages.
 */
final class ParseInt {

    private ParseInt() {
    }

    static final Function FUNCTION = FunctionSpec.builder()
            .param(Parameter.of("number", Type.DYNAMIC).allowingMarked())
            .param(Parameter.of("base", Type.NUMBER).allowingMarked())
            .returns(args -> {
                if (!args.get(0).type().equals(Type.STRING)) {
                    throw new FunctionException(0, "first argument must be a string, not "
                            + args.get(0).type().friendlyName());
                }
                return Type.NUMBER;
            })
            .impl((args, ret) -> parse(args.get(0), args.get(1)))
            .build();

    private static Value parse(Value numArg, Value baseArg) throws FunctionException {
        String text = numArg.asString();
        long base = Args.toLong(baseArg, 1);
        if (base < 2 || base > 62) {
            throw new FunctionException(1, "base must be a whole number between 2 and 62 inclusive");
        }
        BigInteger n = digits(text, (int) base);
        if (n == null) {
            throw new FunctionException(0, "cannot parse " + redacted(Quote.go(text), numArg.marks())
                    + " as a base " + redacted(Long.toString(base), baseArg.marks()) + " integer");
        }
        return Value.number(new BigDecimal(n)).withMarks(FunctionSpec.union(numArg.marks(), baseArg.marks()));
    }

    private static String redacted(String shown, Set<Mark> marks) {
        return marks.contains(Mark.SENSITIVE) ? "(sensitive value)" : shown;
    }

    /** The integer, or null when {@code s} is not one in {@code base}. */
    static BigInteger digits(String s, int base) {
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) {
            return null;
        }
        BigInteger big = BigInteger.valueOf(base);
        BigInteger n = BigInteger.ZERO;
        for (; i < s.length(); i++) {
            int d = digitValue(s.charAt(i), base);
            if (d < 0 || d >= base) {
                return null;
            }
            n = n.multiply(big).add(BigInteger.valueOf(d));
        }
        return negative ? n.negate() : n;
    }

    private static int digitValue(char c, int base) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
        }
        return -1;
    }
}
