package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key of an object constructor item: a bare identifier ({@code {foo = 1}}) is the literal name "foo",
 * not a reference; parentheses ({@code {(foo) = 1}}) force evaluation. A bare multi-step traversal
 * ({@code {a.b = 1}}) is rejected as ambiguous.
 */
final class ObjectConsKeyExpr extends Expr {

    private final Expr wrapped;
    private final boolean forceNonLiteral;

    ObjectConsKeyExpr(Expr wrapped, boolean forceNonLiteral) {
        super(wrapped.range(), wrapped);
        this.wrapped = wrapped;
        this.forceNonLiteral = forceNonLiteral;
    }

    Expr wrapped() {
        return wrapped;
    }

    private String literalName() {
        return wrapped.asKeyword().orElse("");
    }

    @Override
    public Range startRange() {
        return wrapped.startRange();
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        if (!forceNonLiteral) {
            if (wrapped instanceof ScopeTraversalExpr t && t.traversal().steps().size() > 1) {
                diags.error("Ambiguous attribute key", "If this expression is intended to be a reference, wrap it "
                        + "in parentheses. If it's instead intended as a literal name containing periods, wrap it in "
                        + "quotes to create a string literal.", range());
                return Value.DYNAMIC;
            }
            String name = literalName();
            if (!name.isEmpty()) {
                return Value.string(name);
            }
        }
        return wrapped.evaluate(ctx, diags);
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        if (forceNonLiteral || literalName().isEmpty()) {
            wrapped.collectVariables(out, locals);
        }
    }

    @Override
    public Optional<Traversal> asTraversal() {
        return forceNonLiteral ? Optional.empty() : wrapped.asTraversal();
    }
}
