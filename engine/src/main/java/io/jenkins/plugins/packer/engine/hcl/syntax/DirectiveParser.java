package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.NameSuggestion;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.List;

/** Parses one template directive {@code %{ if c }}, {@code %{ else }}, {@code %{ for k, v in c }}... */
final class DirectiveParser {

    private static final List<String> KEYWORDS = List.of("if", "for", "else", "endif", "endfor");

    private final ParserState st;
    private final ExpressionParser exprs;

    DirectiveParser(ParserState st, ExpressionParser exprs) {
        this.st = st;
        this.exprs = exprs;
    }

    /** Parses the directive opened by {@code open}; returns whether its closer was {@code ~}}. */
    boolean parse(Token open, Range startRange, List<TemplatePart> parts, Diagnostics diags) {
        st.peeker.pushIncludeNewlines(false);
        try {
            return parseInner(open, startRange, parts, diags);
        } finally {
            st.peeker.popIncludeNewlines();
        }
    }

    private boolean parseInner(Token open, Range startRange, List<TemplatePart> parts, Diagnostics diags) {
        Token kw = st.peek();
        if (kw.type() != TokenType.IDENT) {
            if (!st.recovery) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid template directive", "A template directive keyword "
                        + "(\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.", kw.range(),
                        Range.between(open.range(), kw.range())));
            }
            st.recover(TokenType.TEMPLATE_SEQ_END);
            return false;
        }
        st.read();
        String word = kw.text();
        switch (word) {
            case "if" -> {
                Expr cond = exprs.parseExpression(diags);
                parts.add(new TemplatePart.If(cond, Range.between(open.range(), st.peeker.nextRange())));
            }
            case "else", "endif", "endfor" ->
                    parts.add(new TemplatePart.EndCtrl(word, Range.between(open.range(), st.peeker.nextRange())));
            case "for" -> {
                if (!parseFor(open, parts, diags)) {
                    return false;
                }
            }
            default -> {
                if (!st.recovery) {
                    diags.add(new Diagnostic(Severity.ERROR, "Invalid template control keyword", Quote.go(word)
                            + " is not a valid template control keyword." + NameSuggestion.didYouMean(word, KEYWORDS),
                            kw.range(), Range.between(open.range(), kw.range())));
                }
                st.recover(TokenType.TEMPLATE_SEQ_END);
                return false;
            }
        }
        Token close = st.peek();
        if (close.type() != TokenType.TEMPLATE_SEQ_END) {
            if (!st.recovery) {
                diags.add(new Diagnostic(Severity.ERROR, "Extra characters in " + word + " marker", "Expected a "
                        + "closing brace to end the sequence, but found extra characters.", close.range(),
                        Range.between(startRange, close.range())));
            }
            st.recover(TokenType.TEMPLATE_SEQ_END);
            return false;
        }
        st.read();
        return close.length() == 2 && close.byteAt(0) == '~';
    }

    private boolean parseFor(Token open, List<TemplatePart> parts, Diagnostics diags) {
        if (st.peek().type() != TokenType.IDENT) {
            return forError("For directive requires variable name after 'for'.", diags);
        }
        String keyName = null;
        String valName = st.read().text();
        if (st.peek().type() == TokenType.COMMA) {
            keyName = valName;
            st.read();
            if (st.peek().type() != TokenType.IDENT) {
                return forError("For directive requires value variable name after comma.", diags);
            }
            valName = st.read().text();
        }
        if (!st.peek().isKeyword("in")) {
            return forError("For directive requires 'in' keyword after names.", diags);
        }
        st.read();
        Expr coll = exprs.parseExpression(diags);
        parts.add(new TemplatePart.For(keyName, valName, coll, Range.between(open.range(), st.peeker.nextRange())));
        return true;
    }

    private boolean forError(String detail, Diagnostics diags) {
        if (!st.recovery) {
            diags.error("Invalid 'for' directive", detail, st.peek().range());
        }
        st.recover(TokenType.TEMPLATE_SEQ_END);
        return false;
    }
}
