package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The placeholder for "the current element" inside a splat expression. The splat binds a value to it for a
 * private evaluation context it creates; evaluated in any other context it is {@link Value#DYNAMIC}.
 */
final class AnonSymbolExpr extends Expr {

    private final Map<EvalContext, Value> values = new IdentityHashMap<>();

    AnonSymbolExpr(Range range) {
        super(range);
    }

    synchronized void bind(EvalContext ctx, Value v) {
        values.put(ctx, v);
    }

    synchronized void unbind(EvalContext ctx) {
        values.remove(ctx);
    }

    @Override
    synchronized Value evaluate(EvalContext ctx, Diagnostics diags) {
        Value v = values.get(ctx);
        return v == null ? Value.DYNAMIC : v;
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        // the element symbol is local to its splat
    }
}
