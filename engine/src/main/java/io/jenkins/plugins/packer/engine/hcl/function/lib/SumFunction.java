package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Numbers;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;

/** Packer's {@code sum(list)}: adds the numbers of a list, set or tuple (elements convertible to number). */
final class SumFunction {

    private static final String NOT_NUMBERS = "argument must be list, set, or tuple of number values";

    private SumFunction() {
    }

    static final Function FUNCTION = FunctionSpec.builder()
            .param("list", Type.DYNAMIC)
            .returns(Type.NUMBER)
            .impl((args, ret) -> sum(args.get(0)))
            .build();

    private static Value sum(Value list) throws FunctionException {
        Type t = list.type();
        boolean sequence = t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType;
        if (!sequence && !(t instanceof Type.MapType || t instanceof Type.ObjectType)) {
            throw new FunctionException(0, "cannot sum noniterable");
        }
        if (list.length() == 0) {
            throw new FunctionException(0, "cannot sum an empty list");
        }
        if (!sequence) {
            throw new FunctionException(0, "argument must be list, set, or tuple. Received " + t.friendlyName());
        }
        if (!list.isWhollyKnown()) {
            return Value.unknown(Type.NUMBER);
        }
        BigDecimal total = null;
        for (Value e : list.elements()) {
            BigDecimal n = number(e);
            total = total == null ? n : Numbers.add(total, n);
        }
        return Value.number(total);
    }

    private static BigDecimal number(Value e) throws FunctionException {
        if (e.isNull()) {
            throw new FunctionException(0, NOT_NUMBERS);
        }
        try {
            return Convert.convert(e, Type.NUMBER).asNumber();
        } catch (ConversionException ex) {
            throw new FunctionException(0, NOT_NUMBERS);
        }
    }
}
