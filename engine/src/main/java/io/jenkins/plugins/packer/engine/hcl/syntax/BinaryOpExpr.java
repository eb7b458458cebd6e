package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.OperationException;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Set;

/**
 * A binary operation. Operands are converted to the operator's operand type ("Invalid operand" otherwise);
 * {@code &&} and {@code ||} short-circuit on a deciding known operand (an unknown one makes an unknown
 * result); the result carries the marks of both operands.
 */
final class BinaryOpExpr extends Expr {

    private final Expr lhs;
    private final Operation op;
    private final Expr rhs;

    BinaryOpExpr(Expr lhs, Operation op, Expr rhs) {
        super(Range.between(lhs.range(), rhs.range()), lhs, rhs);
        this.lhs = lhs;
        this.op = op;
        this.rhs = rhs;
    }

    @Override
    public Range startRange() {
        return lhs.startRange();
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        lhs.collectVariables(out, locals);
        rhs.collectVariables(out, locals);
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Diagnostics convDiags = new Diagnostics();
        Diagnostics lhsDiags = new Diagnostics();
        Diagnostics rhsDiags = new Diagnostics();
        Value l = convert(lhs.evaluate(ctx, lhsDiags), lhs, "left", convDiags);
        Value r = convert(rhs.evaluate(ctx, rhsDiags), rhs, "right", convDiags);
        if (convDiags.hasErrors()) {
            diags.addAll(convDiags).addAll(lhsDiags).addAll(rhsDiags);
            return Value.unknown(op.resultType());
        }
        Set<Mark> marks = Traverse.union(l.marks(), r.marks());
        l = l.unmark();
        r = r.unmark();
        if (op == Operation.AND || op == Operation.OR) {
            Value forced = shortCircuit(l, r, lhsDiags, rhsDiags, diags);
            if (forced != null) {
                return forced.withMarks(marks);
            }
        }
        diags.addAll(lhsDiags).addAll(rhsDiags);
        if (lhsDiags.hasErrors() || rhsDiags.hasErrors()) {
            return Value.unknown(op.resultType()).withMarks(marks);
        }
        try {
            return ValueOps.apply(op, l, r).withMarks(marks);
        } catch (OperationException e) {
            diags.error(e.summary(), e.detail(), range());
            return Value.unknown(op.resultType());
        }
    }

    private Value convert(Value v, Expr operand, String side, Diagnostics convDiags) {
        try {
            return ValueOps.convert(v, op.operandType());
        } catch (ValueOps.ConversionFailure e) {
            error(convDiags, "Invalid operand", "Unsuitable value for " + side + " operand: " + e.getMessage() + ".",
                    operand.range(), range());
            return Value.unknown(op.operandType());
        }
    }

    /** The forced result of {@code &&}/{@code ||} (adding the deciding side's diagnostics), or null. */
    private Value shortCircuit(Value l, Value r, Diagnostics lhsDiags, Diagnostics rhsDiags, Diagnostics diags) {
        boolean or = op == Operation.OR;
        Value deciding = Value.bool(or);
        if (!l.isKnown() && !r.isKnown()) {
            if (!lhsDiags.hasErrors()) {
                diags.addAll(lhsDiags);
                return Value.unknown(op.resultType());
            }
            return null;
        }
        if (l.isKnown() && l.equals(deciding)) {
            diags.addAll(lhsDiags);
            return deciding;
        }
        if (r.isKnown() && r.equals(deciding)) {
            diags.addAll(rhsDiags);
            return deciding;
        }
        Value neutral = Value.bool(!or);
        if (!l.isKnown() && r.equals(neutral)) {
            diags.addAll(lhsDiags);
            return Value.unknown(op.resultType());
        }
        if (!r.isKnown() && l.equals(neutral)) {
            diags.addAll(rhsDiags);
            return Value.unknown(op.resultType());
        }
        return null;
    }
}
