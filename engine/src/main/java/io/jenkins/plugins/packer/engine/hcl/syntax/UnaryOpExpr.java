package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.OperationException;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Set;

/** {@code -x} or {@code !x}. The result keeps the operand's marks. */
final class UnaryOpExpr extends Expr {

    private final Operation op;
    private final Expr operand;
    private final Range symbolRange;

    UnaryOpExpr(Operation op, Expr operand, Range symbolRange) {
        super(Range.between(symbolRange, operand.range()), operand);
        this.op = op;
        this.operand = operand;
        this.symbolRange = symbolRange;
    }

    @Override
    public Range startRange() {
        return symbolRange;
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        operand.collectVariables(out, locals);
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Diagnostics local = new Diagnostics();
        Value given = operand.evaluate(ctx, local);
        Value v;
        try {
            v = ValueOps.convert(given, op.operandType());
        } catch (ValueOps.ConversionFailure e) {
            error(local, "Invalid operand", "Unsuitable value for unary operand: " + e.getMessage() + ".",
                    operand.range(), range());
            v = null;
        }
        diags.addAll(local);
        if (local.hasErrors()) {
            return Value.unknown(op.resultType());
        }
        try {
            return ValueOps.apply(op, v.unmark(), null).withMarks(v.marks());
        } catch (OperationException e) {
            diags.error(e.summary(), e.detail(), range());
            return Value.unknown(op.resultType());
        }
    }
}
