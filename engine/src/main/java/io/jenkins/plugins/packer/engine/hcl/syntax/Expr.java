package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Base of the native-syntax expression nodes. Nodes are immutable. {@link #value} is the public entry: it
 * substitutes an empty context for {@code null} and turns any internal failure into a diagnostic, while
 * nodes evaluate each other through {@link #evaluate}. Every node knows its {@link #height()} (the depth of
 * the tree below it), which the parser bounds so that evaluation cannot overflow the stack.
 */
abstract class Expr implements Expression {

    private final Range range;
    private final int height;

    Expr(Range range, Expr... children) {
        this.range = range;
        int h = 0;
        for (Expr c : children) {
            if (c != null && c.height > h) {
                h = c.height;
            }
        }
        this.height = h + 1;
    }

    Expr(Range range, List<? extends Expr> children, Expr... more) {
        this.range = range;
        int h = 0;
        for (Expr c : children) {
            if (c != null && c.height > h) {
                h = c.height;
            }
        }
        for (Expr c : more) {
            if (c != null && c.height > h) {
                h = c.height;
            }
        }
        this.height = h + 1;
    }

    /** Evaluates with a non-null context, appending diagnostics. Never throws on user errors. */
    abstract Value evaluate(EvalContext ctx, Diagnostics diags);

    /** Adds the traversals this node reads to {@code out}, skipping roots named in {@code locals}. */
    abstract void collectVariables(List<Traversal> out, Set<String> locals);

    @Override
    public final Value value(EvalContext ctx, Diagnostics diags) {
        EvalContext c = ctx == null ? EvalContext.empty() : ctx;
        try {
            return evaluate(c, diags);
        } catch (RuntimeException | StackOverflowError e) {
            diags.error("Internal error evaluating expression",
                    "The expression could not be evaluated because of an internal error: " + e, range);
            return Value.DYNAMIC;
        }
    }

    @Override
    public List<Traversal> variables() {
        List<Traversal> out = new ArrayList<>();
        collectVariables(out, Set.of());
        return List.copyOf(out);
    }

    @Override
    public Range range() {
        return range;
    }

    @Override
    public Range startRange() {
        return range;
    }

    /** Depth of the tree rooted here (a leaf is 1). */
    int height() {
        return height;
    }

    /** Adds an error with a subject and a wider context range. */
    static void error(Diagnostics diags, String summary, String detail, Range subject, Range context) {
        diags.add(new Diagnostic(Severity.ERROR, summary, detail, subject, context));
    }

    static void collectAll(List<? extends Expr> exprs, List<Traversal> out, Set<String> locals) {
        for (Expr e : exprs) {
            e.collectVariables(out, locals);
        }
    }
}
