package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;

/**
 * {@code coalesce} (go-cty-funcs: the first argument that is neither null nor "", after converting all to
 * their common type) and {@code coalescelist} (go-cty stdlib: the first non-empty list or tuple).
 */
final class Coalesce {

    private Coalesce() {
    }

    static final Function COALESCE = FunctionSpec.builder()
            .variadic(Parameter.of("vals", Type.DYNAMIC).allowingUnknown().allowingDynamicType().allowingNull())
            .returns(args -> Convert.unifyUnsafe(args.stream().map(Value::type).toList())
                    .orElseThrow(() -> new FunctionException("all arguments must have the same type")))
            .impl((args, ret) -> {
                for (Value arg : args) {
                    Value v;
                    try {
                        v = Convert.convert(arg, ret);
                    } catch (ConversionException e) {
                        throw new FunctionException(e.getMessage());
                    }
                    if (!v.isKnown()) {
                        return Value.unknown(ret);
                    }
                    if (v.isNull() || (ret.equals(Type.STRING) && v.asString().isEmpty())) {
                        continue;
                    }
                    return v;
                }
                throw new FunctionException("no non-null, non-empty-string arguments");
            })
            .build();

    static final Function COALESCELIST = FunctionSpec.builder()
            .variadic(Parameter.of("vals", Type.DYNAMIC).allowingUnknown().allowingDynamicType().allowingNull())
            .returns(args -> {
                if (args.isEmpty()) {
                    throw new FunctionException("at least one argument is required");
                }
                for (Value arg : args) {
                    if (!arg.isKnown()) {
                        return Type.DYNAMIC;
                    }
                    if (!Seqs.isList(arg.type()) && !Seqs.isTuple(arg.type())) {
                        throw new FunctionException("coalescelist arguments must be lists or tuples");
                    }
                }
                Type first = args.get(0).type();
                return args.stream().allMatch(a -> a.type().equals(first)) ? first : Type.DYNAMIC;
            })
            .impl((args, ret) -> {
                for (Value arg : args) {
                    if (!arg.isKnown()) {
                        return Value.unknown(ret);
                    }
                    if (!arg.isNull() && arg.length() > 0) {
                        return arg;
                    }
                }
                throw new FunctionException("no non-null arguments");
            })
            .build();
}
