package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.ExpressionFunction;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraint;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * {@code convert(value, type)} (hcl ext/typeexpr): converts a value to a type constraint written as a type
 * expression, such as {@code convert(var.ports, list(number))}. The type argument is read statically, not
 * evaluated.
 */
final class ConvertFunction implements ExpressionFunction {

    static final ConvertFunction INSTANCE = new ConvertFunction();

    private static final Parameter VALUE = Parameter.of("value", Type.DYNAMIC).allowingNull().allowingDynamicType();
    private static final Parameter TYPE = Parameter.of("type", Type.DYNAMIC);

    private ConvertFunction() {
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(VALUE, TYPE);
    }

    @Override
    public Parameter variadicParameter() {
        return null;
    }

    @Override
    public Value call(List<Value> arguments) throws FunctionException {
        throw new FunctionException("the \"convert\" function must be given its type as a type expression");
    }

    /** Converts {@code value} to {@code want} as the function does (null, unknown and marks included). */
    static Value convert(Value value, Type want) throws FunctionException {
        FunctionSpec f = FunctionSpec.builder()
                .param(VALUE)
                .returns(args -> converted(args.get(0), want).type())
                .impl((args, ret) -> converted(args.get(0), ret))
                .build();
        return f.call(List.of(value));
    }

    private static Value converted(Value v, Type want) throws FunctionException {
        try {
            return Convert.convert(v, want);
        } catch (ConversionException e) {
            throw new FunctionException(0, e.getMessage());
        }
    }

    @Override
    public Value callWithExpressions(List<Expression> arguments, EvalContext ctx, Diagnostics diags) {
        if (arguments.size() != 2) {
            diags.add(CallDiagnostics.callFailed("convert", "wrong number of arguments (2 required; "
                    + arguments.size() + " given)", arguments));
            return Value.DYNAMIC;
        }
        Diagnostics argDiags = new Diagnostics();
        Value value = arguments.get(0).value(ctx, argDiags);
        Type want = TypeConstraint.parse(arguments.get(1), argDiags);
        diags.addAll(argDiags);
        if (argDiags.hasErrors()) {
            return Value.DYNAMIC;
        }
        try {
            return convert(value, want);
        } catch (FunctionException e) {
            if (e.argumentIndex() == 0) {
                diags.add(CallDiagnostics.invalidArgument("value", e.getMessage(), arguments.get(0), arguments));
            } else {
                diags.add(CallDiagnostics.callFailed("convert", e.getMessage(), arguments));
            }
            return Value.DYNAMIC;
        }
    }
}
