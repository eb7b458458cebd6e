package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/** An already evaluated value standing where an expression is expected (a provisioner {@code override}). */
record LiteralExpression(Value value, Range range) implements Expression {

    @Override
    public Value value(EvalContext ctx, Diagnostics diags) {
        return value;
    }

    @Override
    public List<Traversal> variables() {
        return List.of();
    }

    @Override
    public Range startRange() {
        return range;
    }
}
