package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Constant attribute and index steps applied to the value of another expression: {@code f(x).a[0]}. The
 * steps are kept as non-root {@link Traversal.Step}s.
 */
final class RelativeTraversalExpr extends Expr {

    private final Expr source;
    private final List<Traversal.Step> steps;

    RelativeTraversalExpr(Expr source, List<Traversal.Step> steps, Range range) {
        super(range, source);
        this.source = source;
        this.steps = List.copyOf(steps);
    }

    /** {@code expr} followed by {@code steps} (ending at {@code end}): extends a traversal if it is one. */
    static Expr extend(Expr expr, List<Traversal.Step> steps, Range end) {
        if (expr instanceof ScopeTraversalExpr s) {
            return s.with(steps, end);
        }
        if (expr instanceof RelativeTraversalExpr r) {
            List<Traversal.Step> more = new ArrayList<>(r.steps);
            more.addAll(steps);
            return new RelativeTraversalExpr(r.source, more, Range.between(r.range(), end));
        }
        return new RelativeTraversalExpr(expr, steps, Range.between(expr.range(), end));
    }

    Expr source() {
        return source;
    }

    List<Traversal.Step> steps() {
        return steps;
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Value src = source.evaluate(ctx, diags);
        return Traverse.relative(src, steps, diags);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        source.collectVariables(out, locals);
    }

    @Override
    public Optional<Traversal> asTraversal() {
        return source.asTraversal().map(t -> {
            List<Traversal.Step> all = new ArrayList<>(t.steps());
            all.addAll(steps);
            return new Traversal(all);
        });
    }
}
