package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Set;

/**
 * A template made of a single interpolation and nothing else ({@code "${x}"}): its value is the
 * interpolated value itself, unconverted ("template interpolation unwrapping").
 */
final class TemplateWrapExpr extends Expr {

    private final Expr wrapped;

    TemplateWrapExpr(Expr wrapped, Range range) {
        super(range, wrapped);
        this.wrapped = wrapped;
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        return wrapped.evaluate(ctx, diags);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        wrapped.collectVariables(out, locals);
    }
}
