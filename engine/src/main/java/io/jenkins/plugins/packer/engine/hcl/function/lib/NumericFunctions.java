package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Packer's numeric functions: abs ceil floor log max min parseint pow signum (go-cty stdlib) and sum
 * (Packer's own). {@code log} and {@code pow} compute in float64 as go-cty does.
 */
public final class NumericFunctions {

    private NumericFunctions() {
    }

    public static Map<String, Function> all() {
        return Map.of(
                "abs", ABS,
                "ceil", rounding(RoundingMode.CEILING),
                "floor", rounding(RoundingMode.FLOOR),
                "log", LOG,
                "max", extreme(true),
                "min", extreme(false),
                "parseint", ParseInt.FUNCTION,
                "pow", POW,
                "signum", SIGNUM,
                "sum", SumFunction.FUNCTION);
    }

    static final Function ABS = FunctionSpec.builder()
            .param(Parameter.of("num", Type.NUMBER).allowingDynamicType().allowingMarked())
            .returns(Type.NUMBER)
            .impl((args, ret) -> Value.number(args.get(0).asNumber().abs()).withMarks(args.get(0).marks()))
            .build();

    private static Function rounding(RoundingMode mode) {
        return FunctionSpec.builder()
                .param("num", Type.NUMBER)
                .returns(Type.NUMBER)
                .impl((args, ret) -> {
                    BigDecimal n = args.get(0).asNumber();
                    // whole numbers stay as they are (and 1e999999 is not expanded digit by digit)
                    return Args.isWhole(n) ? args.get(0) : Value.number(n.setScale(0, mode));
                })
                .build();
    }

    static final Function LOG = FunctionSpec.builder()
            .param("num", Type.NUMBER)
            .param("base", Type.NUMBER)
            .returns(Type.NUMBER)
            .impl((args, ret) -> float64(Math.log(args.get(0).asNumber().doubleValue())
                    / Math.log(args.get(1).asNumber().doubleValue())))
            .build();

    static final Function POW = FunctionSpec.builder()
            .param("num", Type.NUMBER)
            .param("power", Type.NUMBER)
            .returns(Type.NUMBER)
            .impl((args, ret) -> float64(Math.pow(args.get(0).asNumber().doubleValue(),
                    args.get(1).asNumber().doubleValue())))
            .build();

    static final Function SIGNUM = FunctionSpec.builder()
            .param("num", Type.NUMBER)
            .returns(Type.NUMBER)
            .impl((args, ret) -> Value.number(Long.signum(Args.toLong(args.get(0), -1))))
            .build();

    private static Function extreme(boolean max) {
        return FunctionSpec.builder()
                .variadic(Parameter.of("numbers", Type.NUMBER).allowingDynamicType())
                .returns(Type.NUMBER)
                .impl((args, ret) -> {
                    if (args.isEmpty()) {
                        throw new FunctionException("must pass at least one number");
                    }
                    Value best = args.get(0);
                    for (Value v : args) {
                        int c = v.asNumber().compareTo(best.asNumber());
                        if (max ? c > 0 : c < 0) {
                            best = v;
                        }
                    }
                    return best;
                })
                .build();
    }

    /**
     * A float64 result as cty's NumberFloatVal holds it. cty keeps infinities, which this engine's numbers
     * cannot represent, so they (and NaN, where cty panics) are errors here.
     */
    static Value float64(double d) throws FunctionException {
        if (Double.isNaN(d)) {
            throw new FunctionException("the result is not a number (NaN)");
        }
        if (Double.isInfinite(d)) {
            throw new FunctionException("the result is " + (d > 0 ? "+Inf" : "-Inf")
                    + ", which cannot be represented as a number here");
        }
        return Value.number(new BigDecimal(Double.toString(d)));
    }
}
