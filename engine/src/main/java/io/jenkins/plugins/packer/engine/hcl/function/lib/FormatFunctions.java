package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code format} and {@code formatlist} (go-cty stdlib), on top of {@link Formatter}. */
final class FormatFunctions {

    private FormatFunctions() {
    }

    static final Function FORMAT = FunctionSpec.builder()
            .param("format", Type.STRING)
            .variadic(Parameter.of("args", Type.DYNAMIC).allowingNull())
            .returns(Type.STRING)
            .impl((args, ret) -> {
                List<Value> values = args.subList(1, args.size());
                for (Value v : values) {
                    if (!v.isWhollyKnown()) {
                        return Value.unknown(Type.STRING);
                    }
                }
                return Value.string(format(args.get(0).asString(), values));
            })
            .build();

    static final Function FORMATLIST = FunctionSpec.builder()
            .param("format", Type.STRING)
            .variadic(Parameter.of("args", Type.DYNAMIC).allowingNull().allowingUnknown())
            .returns(Type.list(Type.STRING))
            .impl((args, ret) -> formatList(args.get(0).asString(), args.subList(1, args.size())))
            .build();

    private static String format(String format, List<Value> values) throws FunctionException {
        try {
            return Formatter.format(format, values);
        } catch (Formatter.FormatError e) {
            throw new FunctionException(e.getMessage());
        }
    }

    private static Value formatList(String format, List<Value> args) throws FunctionException {
        if (args.isEmpty()) {
            return Value.list(Type.STRING, List.of(Value.string(format(format, args))));
        }
        int iterLen = -1;
        int lenChooser = -1;
        boolean unknown = false;
        boolean[] sequence = new boolean[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Value arg = args.get(i);
            Type t = arg.type();
            boolean tuple = t instanceof Type.TupleType;
            if (!(tuple || t instanceof Type.ListType || t instanceof Type.SetType) || arg.isNull()) {
                continue;
            }
            sequence[i] = true;
            if (!tuple && !arg.isKnown()) {
                unknown = true;
                continue;
            }
            int len = tuple ? ((Type.TupleType) t).elements().size() : arg.length();
            if (iterLen == -1) {
                iterLen = len;
                lenChooser = i;
            } else if (len != iterLen) {
                throw new FunctionException(i + 1, "argument " + (i + 1) + " has length " + len
                        + ", which is inconsistent with argument " + (lenChooser + 1) + " of length " + iterLen);
            }
            unknown |= !arg.isKnown();
        }
        if (unknown) {
            return Value.unknown(Type.list(Type.STRING));
        }
        if (iterLen == 0) {
            return Value.list(Type.STRING, List.of());
        }
        iterLen = Math.max(iterLen, 1);
        List<Value> results = new ArrayList<>(iterLen);
        for (int n = 0; n < iterLen; n++) {
            List<Value> callArgs = new ArrayList<>(args.size());
            boolean known = true;
            for (int i = 0; i < args.size(); i++) {
                Value a = sequence[i] ? args.get(i).elements().get(n) : args.get(i);
                known &= a.isWhollyKnown();
                callArgs.add(a);
            }
            if (!known) {
                results.add(Value.unknown(Type.STRING));
                continue;
            }
            try {
                results.add(Value.string(Formatter.format(format, callArgs)));
            } catch (Formatter.FormatError e) {
                throw new FunctionException("error on format iteration " + n + ": " + e.getMessage());
            }
        }
        return Value.list(Type.STRING, results);
    }
}
