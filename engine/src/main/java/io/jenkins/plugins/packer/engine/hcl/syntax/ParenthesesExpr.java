package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Set;

/**
 * An expression in grouping parentheses. It only widens the range; evaluation passes through. As in
 * hashicorp/hcl, parentheses hide the static views ({@code (var.x)} is not a static traversal).
 */
final class ParenthesesExpr extends Expr {

    private final Expr inner;

    ParenthesesExpr(Expr inner, Range range) {
        super(range, inner);
        this.inner = inner;
    }

    Expr inner() {
        return inner;
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        return inner.evaluate(ctx, diags);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        inner.collectVariables(out, locals);
    }

    @Override
    public Range startRange() {
        return inner.startRange();
    }
}
