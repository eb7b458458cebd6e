package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses templates (quoted strings, heredocs, standalone templates) into template parts: literal text with
 * escapes and strip markers applied, interpolations and directive markers. {@link TemplateAssembler} then
 * builds the expression. A template that is a single interpolation is "unwrapped".
 */
final class TemplateParser {

    private final ParserState st;
    private final ExpressionParser exprs;

    TemplateParser(ParserState st, ExpressionParser exprs) {
        this.st = st;
        this.exprs = exprs;
    }

    /** A quoted or heredoc template, the cursor being at its opening token. */
    Expr parseTemplateExpression(Diagnostics diags) {
        Token open = st.read();
        TokenType closer = ParserState.opposite(open.type());
        boolean flush = open.type() == TokenType.O_HEREDOC && open.byteAt(2) == '-';
        List<TemplatePart> parts = parseParts(closer, diags);
        Range whole = Range.between(open.range(), st.peeker.prevRange());
        return assemble(parts, flush, whole, diags);
    }

    /** A standalone template: everything up to the end of input. */
    Expr parseStandalone(Diagnostics diags) {
        Range start = st.peeker.nextRange();
        List<TemplatePart> parts = parseParts(TokenType.EOF, diags);
        Range whole = Range.between(start, st.peeker.prevRange());
        return assemble(parts, false, whole, diags);
    }

    private Expr assemble(List<TemplatePart> parts, boolean flush, Range whole, Diagnostics diags) {
        if (flush) {
            HeredocIndent.flush(parts);
        }
        meldLiterals(parts);
        List<Expr> exprsOut = new TemplateAssembler(parts).parseRoot(diags);
        if (parts.size() == 2 && parts.get(0) instanceof TemplatePart.Interp) {
            return new TemplateWrapExpr(exprsOut.get(0), whole);
        }
        return new TemplateExpr(exprsOut, whole);
    }

    /** Joins runs of adjacent literals into one, in a single pass (heredocs have a literal per line). */
    private static void meldLiterals(List<TemplatePart> parts) {
        List<TemplatePart> out = new ArrayList<>(parts.size());
        int i = 0;
        while (i < parts.size()) {
            TemplatePart p = parts.get(i);
            int j = i + 1;
            if (p instanceof TemplatePart.Literal first) {
                StringBuilder sb = null;
                Range end = first.range;
                while (j < parts.size() && parts.get(j) instanceof TemplatePart.Literal l) {
                    if (sb == null) {
                        sb = new StringBuilder(first.value);
                    }
                    sb.append(l.value);
                    end = l.range;
                    j++;
                }
                if (sb != null) {
                    first.value = sb.toString();
                    first.range = new Range(first.range.filename(), first.range.start(), end.end());
                }
            }
            out.add(p);
            i = j;
        }
        parts.clear();
        parts.addAll(out);
    }

    private List<TemplatePart> parseParts(TokenType end, Diagnostics diags) {
        List<TemplatePart> parts = new ArrayList<>();
        Range startRange = st.peeker.nextRange();
        boolean ltrimNext = false;
        boolean nextCanTrimPrev = false;
        Range endRange;
        while (true) {
            Token next = st.read();
            if (next.type() == end) {
                endRange = next.range();
                break;
            }
            boolean ltrim = ltrimNext;
            ltrimNext = false;
            boolean canTrimPrev = nextCanTrimPrev;
            nextCanTrimPrev = false;
            switch (next.type()) {
                case STRING_LIT, QUOTED_LIT -> {
                    String s = StringLiterals.process(next, diags);
                    if (ltrim) {
                        s = Spaces.trimLeft(s);
                    }
                    parts.add(new TemplatePart.Literal(s, next.range()));
                    nextCanTrimPrev = true;
                }
                case TEMPLATE_INTERP -> {
                    trimPrevious(next, canTrimPrev, parts);
                    ltrimNext = parseInterp(next, startRange, end, parts, diags);
                }
                case TEMPLATE_CONTROL -> {
                    trimPrevious(next, canTrimPrev, parts);
                    ltrimNext = new DirectiveParser(st, exprs).parse(next, startRange, parts, diags);
                }
                default -> {
                    if (!st.recovery) {
                        diags.add(new Diagnostic(Severity.ERROR, "Unterminated template string",
                                "No closing marker was found for the string.", next.range(),
                                Range.between(startRange, next.range())));
                    }
                    endRange = st.recover(end).range();
                    return finish(parts, startRange, endRange);
                }
            }
        }
        return finish(parts, startRange, endRange);
    }

    private static List<TemplatePart> finish(List<TemplatePart> parts, Range startRange, Range endRange) {
        if (parts.isEmpty()) {
            parts.add(new TemplatePart.Literal("", Range.at(startRange.filename(), startRange.end())));
        }
        parts.add(new TemplatePart.End(endRange));
        return parts;
    }

    /** For a {@code ${~} or {@code %{~} opener, strips trailing spaces of the literal just before. */
    private static void trimPrevious(Token opener, boolean canTrimPrev, List<TemplatePart> parts) {
        if (canTrimPrev && opener.length() == 3 && opener.byteAt(2) == '~' && !parts.isEmpty()
                && parts.get(parts.size() - 1) instanceof TemplatePart.Literal lit) {
            lit.value = Spaces.trimRight(lit.value);
        }
    }

    /** Parses {@code ${ expr }}; returns whether its closer was {@code ~}}. */
    private boolean parseInterp(Token open, Range startRange, TokenType end, List<TemplatePart> parts,
            Diagnostics diags) {
        st.peeker.pushIncludeNewlines(false);
        boolean trimNext = false;
        Token close;
        Expr expr;
        try {
            expr = exprs.parseExpression(diags);
            close = st.peek();
            if (close.type() != TokenType.TEMPLATE_SEQ_END) {
                if (!st.recovery) {
                    reportUnclosedInterp(close, startRange, end, diags);
                }
                st.recover(TokenType.TEMPLATE_SEQ_END);
            } else {
                st.read();
                trimNext = close.length() == 2 && close.byteAt(0) == '~';
            }
        } finally {
            st.peeker.popIncludeNewlines();
        }
        parts.add(new TemplatePart.Interp(expr, Range.between(open.range(), close.range())));
        return trimNext;
    }

    private static void reportUnclosedInterp(Token close, Range startRange, TokenType end, Diagnostics diags) {
        if (close.type() == TokenType.EOF) {
            diags.error("Unclosed template interpolation sequence", "There is no closing brace for this "
                    + "interpolation sequence before the end of the file. This might be caused by incorrect nesting "
                    + "inside the given expression.", startRange);
        } else if (close.type() == TokenType.COLON) {
            diags.add(new Diagnostic(Severity.ERROR, "Extra characters after interpolation expression",
                    "Template interpolation doesn't expect a colon at this location. Did you intend this to be a "
                            + "literal sequence to be processed as part of another language? If so, you can escape it "
                            + "by starting with \"$${\" instead of just \"${\".", close.range(),
                    Range.between(startRange, close.range())));
        } else if ((close.type() == TokenType.C_QUOTE || close.type() == TokenType.O_QUOTE)
                && end == TokenType.C_QUOTE) {
            diags.error("Unclosed template interpolation sequence", "There is no closing brace for this "
                    + "interpolation sequence before the end of the quoted template. This might be caused by "
                    + "incorrect nesting inside the given expression.", startRange);
        } else {
            diags.add(new Diagnostic(Severity.ERROR, "Extra characters after interpolation expression",
                    "Expected a closing brace to end the interpolation expression, but found extra characters.\n\n"
                            + "This can happen when you include interpolation syntax for another language, such as "
                            + "shell scripting, but forget to escape the interpolation start token. If this is an "
                            + "embedded sequence for another language, escape it by starting with \"$${\" instead of "
                            + "just \"${\".", close.range(), Range.between(startRange, close.range())));
        }
    }

    /**
     * A quoted string without interpolations (a block label): adds its value and range, reporting template
     * sequences and an unterminated string.
     */
    void parseQuotedStringLiteral(List<String> labels, List<Range> ranges, Diagnostics diags) {
        Token oQuote = st.read();
        StringBuilder ret = new StringBuilder();
        Range endRange;
        while (true) {
            Token tok = st.read();
            if (tok.type() == TokenType.C_QUOTE) {
                endRange = tok.range();
                break;
            }
            if (tok.type() == TokenType.QUOTED_LIT) {
                ret.append(StringLiterals.process(tok, diags));
            } else if (tok.type() == TokenType.TEMPLATE_CONTROL || tok.type() == TokenType.TEMPLATE_INTERP) {
                String which = tok.type() == TokenType.TEMPLATE_CONTROL ? "%" : "$";
                diags.add(new Diagnostic(Severity.ERROR, "Invalid string literal", "Template sequences are not "
                        + "allowed in this string. To include a literal " + Quote.go(which) + ", double it (as \""
                        + which + which + "\") to escape it.", tok.range(), Range.between(oQuote.range(), tok.range())));
                ret.append(which).append("{ ... }");
                st.recover(TokenType.TEMPLATE_SEQ_END);
            } else if (tok.type() == TokenType.EOF) {
                diags.add(new Diagnostic(Severity.ERROR, "Unterminated string literal", "Unable to find the closing "
                        + "quote mark before the end of the file.", tok.range(),
                        Range.between(oQuote.range(), tok.range())));
                endRange = tok.range();
                break;
            } else {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid string literal", "This item is not valid in a "
                        + "string literal.", tok.range(), Range.between(oQuote.range(), tok.range())));
                st.recover(TokenType.C_QUOTE);
                endRange = tok.range();
                break;
            }
        }
        labels.add(ret.toString());
        ranges.add(Range.between(oQuote.range(), endRange));
    }
}
