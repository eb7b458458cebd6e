package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds expressions from template parts: literals and interpolations as they are, {@code %{if}} into a
 * {@link ConditionalExpr} of two sub-templates, {@code %{for}} into a {@link ForExpr} joined into a string.
 * Unbalanced directives are reported with hashicorp/hcl's wording.
 */
final class TemplateAssembler {

    private final List<TemplatePart> parts;
    private int pos;

    TemplateAssembler(List<TemplatePart> parts) {
        this.parts = parts;
    }

    private TemplatePart peek() {
        return parts.get(pos);
    }

    private TemplatePart read() {
        TemplatePart p = peek();
        if (!(p instanceof TemplatePart.End)) {
            pos++;
        }
        return p;
    }

    List<Expr> parseRoot(Diagnostics diags) {
        List<Expr> out = new ArrayList<>();
        while (!(peek() instanceof TemplatePart.End)) {
            out.add(parseExpr(diags));
        }
        return out;
    }

    private Expr parseExpr(Diagnostics diags) {
        TemplatePart next = peek();
        if (next instanceof TemplatePart.Literal lit) {
            read();
            return new LiteralExpr(Value.string(lit.value), lit.range);
        }
        if (next instanceof TemplatePart.Interp interp) {
            read();
            return interp.expr;
        }
        if (next instanceof TemplatePart.If) {
            return parseIf(diags);
        }
        if (next instanceof TemplatePart.For) {
            return parseFor(diags);
        }
        read();
        if (next instanceof TemplatePart.EndCtrl end) {
            diags.error("Unexpected " + end.name + " directive", "The control directives within this template are "
                    + "unbalanced.", end.range);
        } else {
            diags.error("Unexpected end of template", "The control directives within this template are unbalanced.",
                    next.range);
        }
        return LiteralExpr.placeholder(next.range);
    }

    private Expr parseIf(Diagnostics diags) {
        TemplatePart.If open = (TemplatePart.If) read();
        List<Expr> ifExprs = new ArrayList<>();
        List<Expr> elseExprs = new ArrayList<>();
        List<Expr> current = ifExprs;
        Range endifRange;
        while (true) {
            TemplatePart next = peek();
            if (next instanceof TemplatePart.End end) {
                diags.error("Unexpected end of template", "The if directive at " + open.range
                        + " is missing its corresponding endif directive.", end.range);
                return LiteralExpr.placeholder(end.range);
            }
            if (next instanceof TemplatePart.EndCtrl end) {
                read();
                if (end.name.equals("else") && current == ifExprs) {
                    current = elseExprs;
                    continue;
                }
                if (end.name.equals("endif")) {
                    endifRange = end.range;
                    break;
                }
                if (end.name.equals("else")) {
                    diags.error("Unexpected else directive", "Already in the else clause for the if started at "
                            + open.range + ".", end.range);
                } else {
                    diags.error("Unexpected " + end.name + " directive", "Expecting an endif directive for the if "
                            + "started at " + open.range + ".", end.range);
                }
                return LiteralExpr.placeholder(end.range);
            }
            current.add(parseExpr(diags));
        }
        if (ifExprs.isEmpty()) {
            ifExprs.add(new LiteralExpr(Value.string(""), Range.at(open.range.filename(), open.range.end())));
        }
        if (elseExprs.isEmpty()) {
            elseExprs.add(new LiteralExpr(Value.string(""), Range.at(endifRange.filename(), endifRange.start())));
        }
        Expr trueExpr = new TemplateExpr(ifExprs, span(ifExprs));
        Expr falseExpr = new TemplateExpr(elseExprs, span(elseExprs));
        return new ConditionalExpr(open.cond, trueExpr, falseExpr, Range.between(open.range, endifRange));
    }

    private Expr parseFor(Diagnostics diags) {
        TemplatePart.For open = (TemplatePart.For) read();
        List<Expr> content = new ArrayList<>();
        Range endforRange;
        while (true) {
            TemplatePart next = peek();
            if (next instanceof TemplatePart.End end) {
                diags.error("Unexpected end of template", "The for directive at " + open.range
                        + " is missing its corresponding endfor directive.", end.range);
                return LiteralExpr.placeholder(end.range);
            }
            if (next instanceof TemplatePart.EndCtrl end) {
                read();
                if (end.name.equals("endfor")) {
                    endforRange = end.range;
                    break;
                }
                if (end.name.equals("else")) {
                    diags.error("Unexpected else directive", "An else clause is not expected for a for directive.",
                            end.range);
                } else {
                    diags.error("Unexpected " + end.name + " directive", "Expecting an endfor directive corresponding "
                            + "to the for directive at " + open.range + ".", end.range);
                }
                return LiteralExpr.placeholder(end.range);
            }
            content.add(parseExpr(diags));
        }
        if (content.isEmpty()) {
            content.add(new LiteralExpr(Value.string(""), Range.at(open.range.filename(), open.range.end())));
        }
        Expr body = new TemplateExpr(content, span(content));
        ForExpr loop = new ForExpr(open.keyVar, open.valVar, open.coll, null, body, null, false,
                Range.between(open.range, endforRange), open.range);
        return new TemplateJoinExpr(loop);
    }

    private static Range span(List<Expr> exprs) {
        return Range.between(exprs.get(0).range(), exprs.get(exprs.size() - 1).range());
    }
}
