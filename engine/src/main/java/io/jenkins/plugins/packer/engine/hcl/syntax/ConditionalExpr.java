package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cond ? a : b} (also the template {@code %{if}} directive). Both results are evaluated to find their
 * unified type; only the diagnostics of the chosen one are reported. An unknown condition gives an unknown
 * value of the unified type. The result carries the marks of the condition and of both results.
 */
final class ConditionalExpr extends Expr {

    private final Expr condition;
    private final Expr trueResult;
    private final Expr falseResult;

    ConditionalExpr(Expr condition, Expr trueResult, Expr falseResult, Range range) {
        super(range, condition, trueResult, falseResult);
        this.condition = condition;
        this.trueResult = trueResult;
        this.falseResult = falseResult;
    }

    @Override
    public Range startRange() {
        return condition.startRange();
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        condition.collectVariables(out, locals);
        trueResult.collectVariables(out, locals);
        falseResult.collectVariables(out, locals);
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Diagnostics trueDiags = new Diagnostics();
        Diagnostics falseDiags = new Diagnostics();
        Value t = trueResult.evaluate(ctx, trueDiags);
        Value f = falseResult.evaluate(ctx, falseDiags);

        Type resultType;
        if (t.equals(Value.NULL)) {
            resultType = f.type();
        } else if (f.equals(Value.NULL)) {
            resultType = t.type();
        } else if (t.type().isDynamic() || f.type().isDynamic()) {
            resultType = Type.DYNAMIC;
        } else {
            Optional<Type> unified = ValueOps.unifyUnsafe(List.of(t.type(), f.type()));
            if (unified.isEmpty()) {
                error(diags, "Inconsistent conditional result types", "The true and false result expressions must "
                        + "have consistent types. " + TypeMismatch.describe(t.type(), f.type()) + ".",
                        Range.between(trueResult.range(), falseResult.range()), range());
                return Value.DYNAMIC;
            }
            resultType = unified.get();
        }

        Value c = condition.evaluate(ctx, diags);
        if (c.isNull()) {
            error(diags, "Null condition", "The condition value is null. Conditions must either be true or false.",
                    condition.range(), range());
            return Value.unknown(resultType);
        }
        Set<Mark> marks = Traverse.union(c.marks(), Traverse.union(t.marks(), f.marks()));
        if (!c.isKnown()) {
            if (t.isNull() && f.isNull()) {
                return Value.nullOf(resultType).withMarks(marks);
            }
            return Value.unknown(resultType).withMarks(marks);
        }
        Value cb;
        try {
            cb = ValueOps.convert(c.unmark(), Type.BOOL);
        } catch (ValueOps.ConversionFailure e) {
            error(diags, "Incorrect condition type", "The condition expression must be of type bool.",
                    condition.range(), range());
            return Value.unknown(resultType);
        }
        if (!cb.isKnown()) {
            return Value.unknown(resultType).withMarks(marks);
        }
        boolean chooseTrue = cb.asBool();
        diags.addAll(chooseTrue ? trueDiags : falseDiags);
        Value chosen = (chooseTrue ? t : f).unmark();
        if (!resultType.isDynamic() && !chosen.type().equals(resultType)) {
            try {
                chosen = ValueOps.convert(chosen, resultType);
            } catch (ValueOps.ConversionFailure e) {
                error(diags, "Inconsistent conditional result types", "The " + (chooseTrue ? "true" : "false")
                        + " result value has the wrong type: " + e.getMessage() + ".",
                        (chooseTrue ? trueResult : falseResult).range(), range());
                chosen = Value.unknown(resultType);
            }
        }
        return chosen.withMarks(marks);
    }
}
