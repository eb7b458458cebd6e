package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;

/** Reading Java values out of function arguments, with go-cty's (gocty) error wording. */
final class Args {

    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Long.MAX_VALUE);

    private Args() {
    }

    /**
     * The number as a Go {@code int}; like gocty, anything fractional or out of range fails with
     * "value must be a whole number, between ... and ...". {@code argIndex} is -1 for a failure of the call.
     */
    static long toLong(Value number, int argIndex) throws FunctionException {
        BigDecimal n = number.asNumber();
        if (!isWhole(n) || n.compareTo(MIN_INT) < 0 || n.compareTo(MAX_INT) > 0) {
            throw new FunctionException(argIndex, "value must be a whole number, between " + Long.MIN_VALUE
                    + " and " + Long.MAX_VALUE);
        }
        return n.longValueExact();
    }

    /** As {@link #toLong}, for sizes and indexes that must also fit a Java int (larger ones fail the same way). */
    static int toInt(Value number, int argIndex) throws FunctionException {
        long l = toLong(number, argIndex);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new FunctionException(argIndex, "value must be a whole number, between " + Integer.MIN_VALUE
                    + " and " + Integer.MAX_VALUE);
        }
        return (int) l;
    }

    static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }
}
