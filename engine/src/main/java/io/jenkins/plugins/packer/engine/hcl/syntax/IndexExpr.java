package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Set;

/** {@code collection[key]} with a key that is not a constant (constant keys become traversal steps). */
final class IndexExpr extends Expr {

    private final Expr collection;
    private final Expr key;
    private final Range openRange;
    private final Range bracketRange;

    IndexExpr(Expr collection, Expr key, Range openRange, Range bracketRange) {
        super(Range.between(collection.range(), bracketRange), collection, key);
        this.collection = collection;
        this.key = key;
        this.openRange = openRange;
        this.bracketRange = bracketRange;
    }

    @Override
    public Range startRange() {
        return openRange;
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Value c = collection.evaluate(ctx, diags);
        Value k = key.evaluate(ctx, diags);
        return Traverse.index(c, k, bracketRange, diags);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        collection.collectVariables(out, locals);
        key.collectVariables(out, locals);
    }
}
