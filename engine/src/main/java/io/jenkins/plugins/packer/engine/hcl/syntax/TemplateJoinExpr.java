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

/** Joins the strings a template {@code %{for}} directive produced (a tuple) into one string. */
final class TemplateJoinExpr extends Expr {

    private final Expr tuple;

    TemplateJoinExpr(Expr tuple) {
        super(tuple.range(), tuple);
        this.tuple = tuple;
    }

    @Override
    public Range startRange() {
        return tuple.startRange();
    }

    @Override
    void collectVariables(List<Traversal> out, Set<String> locals) {
        tuple.collectVariables(out, locals);
    }

    @Override
    Value evaluate(EvalContext ctx, Diagnostics diags) {
        Value t = tuple.evaluate(ctx, diags);
        if (t.type().isDynamic() || !t.isKnown() || t.isNull()) {
            return Value.unknown(Type.STRING).withMarks(t.marks());
        }
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        marks.addAll(t.marks());
        StringBuilder buf = new StringBuilder();
        for (Value v : t.unmark().elements()) {
            if (v.isNull()) {
                diags.error("Invalid template interpolation value",
                        "An iteration result is null. Cannot include a null value in a string template.", range());
                continue;
            }
            if (v.type().isDynamic()) {
                return Value.unknown(Type.STRING).withMarks(Traverse.union(marks, v.marks()));
            }
            Value s;
            try {
                s = ValueOps.convert(v, Type.STRING);
            } catch (ValueOps.ConversionFailure e) {
                diags.error("Invalid template interpolation value", "Cannot include one of the interpolation results "
                        + "into the string template: " + e.getMessage() + ".", range());
                continue;
            }
            if (!v.isKnown()) {
                return Value.unknown(Type.STRING).withMarks(Traverse.union(marks, v.marks()));
            }
            marks.addAll(s.marks());
            buf.append(s.unmark().asString());
        }
        return Value.string(buf.toString()).withMarks(marks);
    }
}
