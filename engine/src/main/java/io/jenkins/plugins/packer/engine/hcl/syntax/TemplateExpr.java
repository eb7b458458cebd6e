package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A template: literal parts and interpolated expressions concatenated into a string. Any unknown part makes
 * the result an unknown string; the result carries the marks of every part (a template with a sensitive part
 * is sensitive); null parts and values that cannot become strings are errors.
 */
final class TemplateExpr extends Expr {

    private final List<Expr> parts;

    TemplateExpr(List<Expr> parts, Range range) {
        super(range, parts);
        this.parts = List.copyOf(parts);
    }

    /**
     * True for a template that is a single literal string, like {@code "foo"} (not the placeholder a syntax
     * error leaves).
     */
    boolean isStringLiteral() {
        return parts.size() == 1 && parts.get(0) instanceof LiteralExpr l && l.literal().isKnown()
                && !l.literal().isNull() && l.literal().type() == Type.STRING;
    }

    /** The literal text of a {@link #isStringLiteral() literal} template. */
    String literalText() {
        return ((LiteralExpr) parts.get(0)).literal().asString();
    }

    @Override
    public Range startRange() {
        return parts.get(0).startRange();
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        collectAll(parts, out, locals);
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        StringBuilder buf = new StringBuilder();
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        boolean known = true;
        boolean failed = false;
        for (Expr part : parts) {
            Diagnostics partDiags = new Diagnostics();
            Value v = part.evaluate(ctx, partDiags);
            diags.addAll(partDiags);
            failed |= partDiags.hasErrors();
            if (v.isNull()) {
                error(diags, "Invalid template interpolation value",
                        "The expression result is null. Cannot include a null value in a string template.",
                        part.range(), range());
                failed = true;
                continue;
            }
            marks.addAll(v.marks());
            if (!v.isKnown()) {
                known = false;
                continue;
            }
            Value s;
            try {
                s = ValueOps.convert(v.unmark(), Type.STRING);
            } catch (ValueOps.ConversionFailure e) {
                error(diags, "Invalid template interpolation value",
                        "Cannot include the given value in a string template: " + e.getMessage() + ".",
                        part.range(), range());
                failed = true;
                continue;
            }
            if (!s.isKnown()) {
                known = false;
                continue;
            }
            if (known && !failed) {
                buf.append(s.asString());
            }
        }
        Value ret = known ? Value.string(buf.toString()) : Value.unknown(Type.STRING);
        return ret.withMarks(marks);
    }
}
