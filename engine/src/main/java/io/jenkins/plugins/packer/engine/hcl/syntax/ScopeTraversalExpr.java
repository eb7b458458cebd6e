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

/** A variable reference with constant attribute and index steps: {@code var.disks[0].size}. */
final class ScopeTraversalExpr extends Expr {

    private final Traversal traversal;

    ScopeTraversalExpr(Traversal traversal, Range range) {
        super(range);
        this.traversal = traversal;
    }

    Traversal traversal() {
        return traversal;
    }

    /** This traversal with more steps, the last ending at {@code end}. */
    ScopeTraversalExpr with(List<Traversal.Step> more, Range end) {
        List<Traversal.Step> steps = new ArrayList<>(traversal.steps());
        steps.addAll(more);
        return new ScopeTraversalExpr(new Traversal(steps), Range.between(range(), end));
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        return Traverse.absolute(traversal, ctx, diags);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        if (!locals.contains(traversal.rootName())) {
            out.add(traversal);
        }
    }

    @Override
    public Optional<Traversal> asTraversal() {
        return Optional.of(traversal);
    }
}
