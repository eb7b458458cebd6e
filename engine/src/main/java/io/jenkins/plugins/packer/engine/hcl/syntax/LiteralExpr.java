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
 * A constant: a number, {@code true}, {@code false}, {@code null}, a template's literal text, or the
 * placeholder ({@link Value#DYNAMIC}) the parser leaves where an expression was invalid.
 */
final class LiteralExpr extends Expr {

    private final Value value;

    LiteralExpr(Value value, Range range) {
        super(range);
        this.value = value;
    }

    /** The unknown placeholder put where a syntax error left no usable expression. */
    static LiteralExpr placeholder(Range range) {
        return new LiteralExpr(Value.DYNAMIC, range);
    }

    Value literal() {
        return value;
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        return value;
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        // no references
    }

    /** The keywords {@code null}, {@code true} and {@code false} read as traversals, as hashicorp/hcl does. */
    @Override
    public Optional<Traversal> asTraversal() {
        String name;
        if (value.equals(Value.NULL)) {
            name = "null";
        } else if (value.equals(Value.TRUE)) {
            name = "true";
        } else if (value.equals(Value.FALSE)) {
            name = "false";
        } else {
            return Optional.empty();
        }
        return Optional.of(new Traversal(List.of(new Traversal.Root(name, range()))));
    }
}
