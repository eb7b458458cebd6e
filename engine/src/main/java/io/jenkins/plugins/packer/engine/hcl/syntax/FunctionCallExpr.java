package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.NameSuggestion;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.ExpressionFunction;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A function call {@code name(a, b, c...)}. Evaluation follows hashicorp/hcl's FunctionCallExpr: function
 * lookup with suggestions, expansion of a final {@code ...} argument, argument count checks, and function
 * errors turned into diagnostics on the offending argument. {@link ExpressionFunction}s get their argument
 * expressions unevaluated.
 */
final class FunctionCallExpr extends Expr {

    private final String name;
    private final List<Expr> args;
    private final boolean expandFinal;
    private final Range nameRange;
    private final Range openParenRange;
    private final Range closeParenRange;

    FunctionCallExpr(String name, List<Expr> args, boolean expandFinal, Range nameRange, Range openParenRange,
            Range closeParenRange) {
        super(Range.between(nameRange, closeParenRange), args);
        this.name = name;
        this.args = List.copyOf(args);
        this.expandFinal = expandFinal;
        this.nameRange = nameRange;
        this.openParenRange = openParenRange;
        this.closeParenRange = closeParenRange;
    }

    @Override
    public Range startRange() {
        return Range.between(nameRange, openParenRange);
    }

    @Override
    public Optional<StaticCall> asCall() {
        return Optional.of(new StaticCall(name, nameRange, List.copyOf(args),
                Range.between(openParenRange, closeParenRange)));
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        collectAll(args, out, locals);
    }

    private void context(Diagnostics d, String summary, String detail, Range subject) {
        error(d, summary, detail, subject, range());
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Function f = ctx.function(name);
        if (f == null) {
            if (!ctx.hasFunctions()) {
                diags.error("Function calls not allowed", "Functions may not be called here.", range());
            } else {
                context(diags, "Call to unknown function", unknownFunctionDetail(ctx), nameRange);
            }
            return Value.DYNAMIC;
        }
        List<Expr> callArgs = args;
        if (expandFinal) {
            callArgs = expand(ctx, diags);
            if (callArgs == null) {
                return Value.DYNAMIC;
            }
        }
        List<Parameter> params = f.parameters();
        Parameter varParam = f.variadicParameter();
        if (callArgs.size() < params.size()) {
            Parameter missing = params.get(callArgs.size());
            context(diags, "Not enough function arguments", "Function " + Quote.go(name) + " expects"
                    + (varParam != null ? " at least" : "") + " " + params.size() + " argument(s). Missing value for "
                    + Quote.go(missing.name()) + ".", closeParenRange);
            return Value.DYNAMIC;
        }
        if (varParam == null && callArgs.size() > params.size()) {
            context(diags, "Too many function arguments", "Function " + Quote.go(name) + " expects only "
                    + params.size() + " argument(s).", callArgs.get(params.size()).startRange());
            return Value.DYNAMIC;
        }
        if (f instanceof ExpressionFunction ef) {
            return callWithExpressions(ef, callArgs, ctx, diags);
        }
        Diagnostics local = new Diagnostics();
        List<Value> values = new ArrayList<>(callArgs.size());
        for (Expr a : callArgs) {
            values.add(a.evaluate(ctx, local));
        }
        diags.addAll(local);
        if (local.hasErrors()) {
            return Value.DYNAMIC;
        }
        try {
            Value result = f.call(values);
            return result == null ? Value.DYNAMIC : result;
        } catch (FunctionException e) {
            reportFailure(e.argumentIndex(), e.getMessage(), params, varParam, callArgs, diags);
        } catch (RuntimeException e) {
            reportFailure(-1, String.valueOf(e.getMessage()), params, varParam, callArgs, diags);
        }
        return Value.DYNAMIC;
    }

    private Value callWithExpressions(ExpressionFunction ef, List<Expr> callArgs, EvalContext ctx,
            Diagnostics diags) {
        try {
            Value result = ef.callWithExpressions(List.copyOf(callArgs), ctx, diags);
            return result == null ? Value.DYNAMIC : result;
        } catch (RuntimeException e) {
            reportFailure(-1, String.valueOf(e.getMessage()), ef.parameters(), ef.variadicParameter(), callArgs,
                    diags);
            return Value.DYNAMIC;
        }
    }

    /** Names the missing function; for a namespaced name, says whether the namespace or the name is wrong. */
    private String unknownFunctionDetail(EvalContext ctx) {
        int sep = name.lastIndexOf("::");
        if (sep < 0) {
            return "There is no function named " + Quote.go(name) + "."
                    + NameSuggestion.didYouMean(name, ctx.functionNames());
        }
        String namespace = name.substring(0, sep + 2);
        String local = name.substring(sep + 2);
        List<String> inNamespace = new ArrayList<>();
        for (String f : ctx.functionNames()) {
            if (f.startsWith(namespace)) {
                inNamespace.add(f.substring(namespace.length()));
            }
        }
        if (inNamespace.isEmpty()) {
            return "There are no functions in namespace " + Quote.go(namespace) + ".";
        }
        String suggestion = NameSuggestion.suggest(local, inNamespace);
        return "There is no function named " + Quote.go(local) + " in namespace " + namespace + "."
                + (suggestion.isEmpty() ? "" : " Did you mean " + namespace + suggestion + "?");
    }

    /** The arguments with the last one replaced by its elements, or null after reporting an error. */
    private List<Expr> expand(EvalContext ctx, Diagnostics diags) {
        Expr expandExpr = args.get(args.size() - 1);
        Diagnostics local = new Diagnostics();
        Value v = expandExpr.evaluate(ctx, local);
        diags.addAll(local);
        if (local.hasErrors()) {
            return null;
        }
        Type t = v.type();
        boolean sequence = t instanceof Type.TupleType || t instanceof Type.ListType || t instanceof Type.SetType;
        if (!t.isDynamic() && !sequence) {
            context(diags, "Invalid expanding argument value",
                    "The expanding argument (indicated by ...) must be of a tuple, list, or set type.",
                    expandExpr.range());
            return null;
        }
        if (v.isNull()) {
            context(diags, "Invalid expanding argument value",
                    "The expanding argument (indicated by ...) must not be null.", expandExpr.range());
            return null;
        }
        if (t.isDynamic() || !v.isKnown()) {
            return null;
        }
        List<Expr> out = new ArrayList<>(args.subList(0, args.size() - 1));
        for (Value e : v.elements()) {
            out.add(new LiteralExpr(e.withMarks(v.marks()), expandExpr.range()));
        }
        return out;
    }

    private void reportFailure(int index, String message, List<Parameter> params, Parameter varParam,
            List<Expr> callArgs, Diagnostics diags) {
        // as hashicorp/hcl: the message is followed by a full stop even when it ends with one already
        String msg = message == null ? "unknown error" : message;
        if (index < 0) {
            context(diags, "Error in function call", "Call to function " + Quote.go(name) + " failed: " + msg + ".",
                    startRange());
            return;
        }
        Parameter param = index < params.size() ? params.get(index) : varParam;
        String detail = param == null ? null : "Invalid value for " + Quote.go(param.name()) + " parameter: " + msg
                + ".";
        if (param == null) {
            context(diags, "Error in function call", "Call to function " + Quote.go(name) + " failed: " + msg + ".",
                    startRange());
        } else if (index > callArgs.size() - 1) {
            diags.error("Invalid function argument", detail, range());
        } else {
            context(diags, "Invalid function argument", detail, callArgs.get(index).startRange());
        }
    }
}
