package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;

/**
 * Parses a {@code for} expression after its opening bracket:
 * {@code for k, v in coll: [key =>] value [...] [if cond]} followed by the closing bracket.
 */
final class ForParser {

    private final ParserState st;
    private final ExpressionParser exprs;
    private final CollectionParser collections;

    ForParser(ParserState st, ExpressionParser exprs, CollectionParser collections) {
        this.st = st;
        this.exprs = exprs;
        this.collections = collections;
    }

    Expr parse(Token open, Diagnostics diags) {
        st.read(); // "for"
        boolean makeObj = open.type() == TokenType.O_BRACE;
        TokenType closeType = makeObj ? TokenType.C_BRACE : TokenType.C_BRACK;
        if (st.peek().type() != TokenType.IDENT) {
            return collections.invalidFor(open, closeType, "For expression requires variable name after 'for'.",
                    diags);
        }
        String keyName = null;
        String valName = st.read().text();
        if (st.peek().type() == TokenType.COMMA) {
            keyName = valName;
            st.read();
            if (st.peek().type() != TokenType.IDENT) {
                return collections.invalidFor(open, closeType,
                        "For expression requires value variable name after comma.", diags);
            }
            valName = st.read().text();
        }
        if (!st.peek().isKeyword("in")) {
            return collections.invalidFor(open, closeType,
                    "For expression requires the 'in' keyword after its name declarations.", diags);
        }
        st.read();
        Diagnostics collDiags = new Diagnostics();
        Expr coll = exprs.parseExpression(collDiags);
        diags.addAll(collDiags);
        if (st.recovery && collDiags.hasErrors()) {
            return skip(open, closeType);
        }
        if (st.peek().type() != TokenType.COLON) {
            return collections.invalidFor(open, closeType,
                    "For expression requires a colon after the collection expression.", diags);
        }
        st.read();
        Diagnostics valDiags = new Diagnostics();
        Diagnostics keyDiags = new Diagnostics();
        Expr keyExpr = null;
        Expr valExpr = exprs.parseExpression(valDiags);
        if (st.peek().type() == TokenType.FAT_ARROW) {
            st.read();
            keyExpr = valExpr;
            keyDiags = valDiags;
            valDiags = new Diagnostics();
            valExpr = exprs.parseExpression(valDiags);
        }
        diags.addAll(keyDiags).addAll(valDiags);
        if (st.recovery && (keyDiags.hasErrors() || valDiags.hasErrors())) {
            return skip(open, closeType);
        }
        Token ellipsis = null;
        if (st.peek().type() == TokenType.ELLIPSIS) {
            ellipsis = st.read();
        }
        Expr condExpr = null;
        if (st.peek().isKeyword("if")) {
            st.read();
            Diagnostics condDiags = new Diagnostics();
            condExpr = exprs.parseExpression(condDiags);
            diags.addAll(condDiags);
            if (st.recovery && condDiags.hasErrors()) {
                return skip(open, closeType);
            }
        }
        Token close;
        if (st.peek().type() == closeType) {
            close = st.read();
        } else {
            if (!st.recovery) {
                Token at = st.peek();
                error(diags, "Extra characters after the end of the 'for' expression.", at.range(),
                        Range.between(open.range(), at.range()));
            }
            close = st.recover(closeType);
        }
        Range whole = Range.between(open.range(), close.range());
        if (!makeObj) {
            if (keyExpr != null) {
                error(diags, "Key expression is not valid when building a tuple.", keyExpr.range(), whole);
            }
            if (ellipsis != null) {
                error(diags, "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis.range(), whole);
            }
        } else if (keyExpr == null) {
            error(diags, "Key expression is required when building an object.", valExpr.range(), whole);
        }
        return new ForExpr(keyName, valName, coll, keyExpr, valExpr, condExpr, ellipsis != null, whole,
                open.range());
    }

    private Expr skip(Token open, TokenType closeType) {
        Token close = st.recover(closeType);
        return LiteralExpr.placeholder(Range.between(open.range(), close.range()));
    }

    private static void error(Diagnostics diags, String detail, Range subject, Range context) {
        diags.add(new Diagnostic(Severity.ERROR, "Invalid 'for' expression", detail, subject, context));
    }
}
