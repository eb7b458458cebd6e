package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Marks;
import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Type conversion functions: {@code convert} (hcl typeexpr), {@code can} and {@code try} (hcl tryfunc), the
 * explicit conversions {@code tobool tolist tomap tonumber toset tostring} and {@code sensitive},
 * {@code nonsensitive} (as Terraform defines them).
 */
public final class ConversionFunctions {

    private ConversionFunctions() {
    }

    public static Map<String, Function> all() {
        Map<String, Function> m = new TreeMap<>();
        m.put("can", TryCan.CAN);
        m.put("convert", ConvertFunction.INSTANCE);
        m.put("nonsensitive", NONSENSITIVE);
        m.put("sensitive", SENSITIVE);
        m.put("tobool", to(Type.BOOL));
        m.put("tolist", to(Type.list(Type.DYNAMIC)));
        m.put("tomap", to(Type.map(Type.DYNAMIC)));
        m.put("tonumber", to(Type.NUMBER));
        m.put("toset", to(Type.set(Type.DYNAMIC)));
        m.put("tostring", to(Type.STRING));
        m.put("try", TryCan.TRY);
        return Collections.unmodifiableMap(m);
    }

    /** An explicit conversion to {@code want}, with messages written for explicit conversions. */
    static Function to(Type want) {
        return FunctionSpec.builder()
                .param(Parameter.of("v", Type.DYNAMIC).allowingNull().allowingMarked().allowingDynamicType())
                .returns(args -> {
                    Type got = args.get(0).type();
                    if (!got.equals(want) && !Convert.canConvert(got, want)) {
                        throw new FunctionException(0, "cannot convert " + got.friendlyName() + " to "
                                + Convert.constraintName(want));
                    }
                    return want;
                })
                .impl((args, ret) -> {
                    Value v = args.get(0);
                    try {
                        return Convert.convert(v, ret);
                    } catch (ConversionException e) {
                        throw new FunctionException(0, conversionFailure(v, want));
                    }
                })
                .build();
    }

    private static String conversionFailure(Value v, Type want) {
        Value plain = Marks.unmarkDeep(v);
        Type got = plain.type();
        String wanted = Convert.constraintName(want);
        if (Marks.collectDeep(v).contains(Mark.SENSITIVE)) {
            return "cannot convert this sensitive " + got.friendlyName() + " to " + wanted;
        }
        String what = plain.isNull() || !got.equals(Type.STRING) ? "string" : Quote.go(plain.asString());
        if (got.equals(Type.STRING) && want.equals(Type.BOOL)) {
            return "cannot convert " + what + " to bool; only the strings \"true\" or \"false\" are allowed";
        }
        if (got.equals(Type.STRING) && want.equals(Type.NUMBER)) {
            return "cannot convert " + what + " to number; given string must be a decimal representation of a number";
        }
        return "cannot convert " + got.friendlyName() + " to " + wanted;
    }

    /** Marks the value as sensitive (its own marks; nested values keep theirs). */
    static final Function SENSITIVE = FunctionSpec.builder()
            .param(Parameter.of("value", Type.DYNAMIC).allowingAll())
            .returns(args -> args.get(0).type())
            .impl((args, ret) -> args.get(0).unmark().mark(Mark.SENSITIVE))
            .build();

    /** Removes the sensitive mark from the value itself (nested sensitive values stay sensitive). */
    static final Function NONSENSITIVE = FunctionSpec.builder()
            .param(Parameter.of("value", Type.DYNAMIC).allowingAll())
            .returns(args -> args.get(0).type())
            .impl((args, ret) -> {
                EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
                marks.addAll(args.get(0).marks());
                marks.remove(Mark.SENSITIVE);
                return args.get(0).unmark().withMarks(marks);
            })
            .build();
}
