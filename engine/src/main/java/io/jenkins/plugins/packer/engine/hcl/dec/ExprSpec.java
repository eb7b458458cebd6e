package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/** The value of a given expression, whatever the body holds. */
public record ExprSpec(Expression expression) implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        return expression.value(ctx, diags);
    }

    @Override
    public Type impliedType() {
        return Type.DYNAMIC; // not known before evaluation
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return expression.range();
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        return expression.variables();
    }
}
