package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A tuple constructor {@code [a, b, c]}. */
final class TupleConsExpr extends Expr {

    private final List<Expr> elements;
    private final Range openRange;

    TupleConsExpr(List<Expr> elements, Range range, Range openRange) {
        super(range, elements);
        this.elements = List.copyOf(elements);
        this.openRange = openRange;
    }

    @Override
    public Range startRange() {
        return openRange;
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        List<Value> vals = new ArrayList<>(elements.size());
        for (Expr e : elements) {
            vals.add(e.evaluate(ctx, diags));
        }
        return Value.tuple(vals);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        collectAll(elements, out, locals);
    }

    @Override
    public Optional<List<Expression>> asList() {
        return Optional.of(List.copyOf(elements));
    }
}
