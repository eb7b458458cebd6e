package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.ExpressionFunction;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * hcl's ext/tryfunc {@code try} and {@code can}, which take their arguments unevaluated.
 *
 * <p>{@code try(a, b, ...)} evaluates the expressions in order and returns the first that evaluates without
 * errors; if that value is not wholly known the result is unknown (a later known value could otherwise be
 * picked now and a different one once the values are known). When all fail, the error lists each failure:
 * "no expression succeeded". {@code can(a)} is true when {@code a} evaluates without errors, unknown when
 * its value is not wholly known. Diagnostics of the tried expressions are not reported.
 */
final class TryCan implements ExpressionFunction {

    static final TryCan TRY = new TryCan(true);
    static final TryCan CAN = new TryCan(false);

    private final boolean isTry;

    private TryCan(boolean isTry) {
        this.isTry = isTry;
    }

    @Override
    public List<Parameter> parameters() {
        return isTry ? List.of() : List.of(Parameter.of("expression", Type.DYNAMIC).allowingAll());
    }

    @Override
    public Parameter variadicParameter() {
        return isTry ? Parameter.of("expressions", Type.DYNAMIC).allowingAll() : null;
    }

    @Override
    public Value call(List<Value> arguments) throws FunctionException {
        throw new FunctionException("the \"" + name() + "\" function must be given unevaluated expressions");
    }

    private String name() {
        return isTry ? "try" : "can";
    }

    @Override
    public Value callWithExpressions(List<Expression> arguments, EvalContext ctx, Diagnostics diags) {
        return isTry ? tryAll(arguments, ctx, diags) : can(arguments, ctx, diags);
    }

    private static Value tryAll(List<Expression> args, EvalContext ctx, Diagnostics diags) {
        if (args.isEmpty()) {
            diags.add(CallDiagnostics.callFailed("try", "at least one argument is required", args));
            return Value.DYNAMIC;
        }
        Diagnostics failures = new Diagnostics();
        for (Expression e : args) {
            Diagnostics local = new Diagnostics();
            Value v = e.value(ctx, local);
            failures.addAll(local);
            if (local.hasErrors()) {
                continue;
            }
            return v.isWhollyKnown() ? v : Value.DYNAMIC;
        }
        StringBuilder msg = new StringBuilder("no expression succeeded:\n");
        for (Diagnostic d : failures) {
            if (d.subject() != null) {
                msg.append("- ").append(d.summary()).append(" (at ").append(d.subject()).append(")\n  ")
                        .append(d.detail()).append('\n');
            } else {
                msg.append("- ").append(d.summary()).append("\n  ").append(d.detail()).append('\n');
            }
        }
        msg.append("\nAt least one expression must produce a successful result");
        diags.add(CallDiagnostics.callFailed("try", msg.toString(), args));
        return Value.DYNAMIC;
    }

    private static Value can(List<Expression> args, EvalContext ctx, Diagnostics diags) {
        if (args.size() != 1) {
            diags.add(CallDiagnostics.callFailed("can", "wrong number of arguments (1 required; " + args.size()
                    + " given)", args));
            return Value.unknown(Type.BOOL);
        }
        Diagnostics local = new Diagnostics();
        Value v = args.get(0).value(ctx, local);
        if (local.hasErrors()) {
            return Value.FALSE;
        }
        return v.isWhollyKnown() ? Value.TRUE : Value.unknown(Type.BOOL);
    }
}
