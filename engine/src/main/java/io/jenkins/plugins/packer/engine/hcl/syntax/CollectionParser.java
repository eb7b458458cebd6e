package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the bracketed expression forms: tuple and object constructors, {@code for} expressions and
 * function calls, with hashicorp/hcl's diagnostics and recovery.
 */
final class CollectionParser {

    private final ParserState st;
    private final ExpressionParser exprs;

    CollectionParser(ParserState st, ExpressionParser exprs) {
        this.st = st;
        this.exprs = exprs;
    }

    private static void error(Diagnostics diags, String summary, String detail, Range subject, Range context) {
        diags.add(new Diagnostic(Severity.ERROR, summary, detail, subject, context));
    }

    Expr finishFunctionCall(Token name, Diagnostics diags) {
        Token openTok = st.read();
        StringBuilder fullName = new StringBuilder(name.text());
        Range nameRange = name.range();
        while (openTok.type() == TokenType.DOUBLE_COLON) {
            Token nextName = st.read();
            if (nextName.type() != TokenType.IDENT) {
                error(diags, "Missing function name", "Function scope resolution symbol :: must be followed by a "
                        + "function name in this scope.", nextName.range(), Range.between(name.range(),
                        nextName.range()));
                st.recoverOver(TokenType.O_PAREN);
                return LiteralExpr.placeholder(Range.between(name.range(), nextName.range()));
            }
            fullName.append("::").append(nextName.text());
            nameRange = Range.between(name.range(), nextName.range());
            openTok = st.read();
        }
        if (openTok.type() != TokenType.O_PAREN) {
            error(diags, "Missing open parenthesis", "Function selector must be followed by an open parenthesis to "
                    + "begin the function call.", openTok.range(), Range.between(name.range(), openTok.range()));
            st.recoverOver(TokenType.O_PAREN);
            return LiteralExpr.placeholder(Range.between(name.range(), openTok.range()));
        }
        List<Expr> args = new ArrayList<>();
        boolean expandFinal = false;
        Token closeTok = null;
        st.peeker.pushIncludeNewlines(false);
        try {
            while (true) {
                if (st.peek().type() == TokenType.C_PAREN) {
                    closeTok = st.read();
                    break;
                }
                Diagnostics argDiags = new Diagnostics();
                Expr arg = exprs.parseExpression(argDiags);
                args.add(arg);
                diags.addAll(argDiags);
                if (st.recovery && argDiags.hasErrors()) {
                    Token recovered = st.recover(TokenType.C_PAREN);
                    if (recovered.type() == TokenType.C_PAREN) {
                        closeTok = recovered;
                    }
                    break;
                }
                Token sep = st.read();
                if (sep.type() == TokenType.C_PAREN) {
                    closeTok = sep;
                    break;
                }
                if (sep.type() == TokenType.ELLIPSIS) {
                    expandFinal = true;
                    if (st.peek().type() != TokenType.C_PAREN) {
                        if (!st.recovery) {
                            error(diags, "Missing closing parenthesis", "An expanded function argument (with ...) "
                                    + "must be immediately followed by closing parentheses.", sep.range(),
                                    Range.between(name.range(), sep.range()));
                        }
                        closeTok = st.recover(TokenType.C_PAREN);
                    } else {
                        closeTok = st.read();
                    }
                    break;
                }
                if (sep.type() != TokenType.COMMA) {
                    if (sep.type() == TokenType.EOF) {
                        diags.error("Unterminated function call", "There is no closing parenthesis for this function "
                                + "call before the end of the file. This may be caused by incorrect parenthesis "
                                + "nesting elsewhere in this file.", Range.between(name.range(), openTok.range()));
                    } else {
                        error(diags, "Missing argument separator", "A comma is required to separate each function "
                                + "argument from the next.", sep.range(), Range.between(name.range(), sep.range()));
                    }
                    closeTok = st.recover(TokenType.C_PAREN);
                    break;
                }
                if (st.peek().type() == TokenType.C_PAREN) {
                    closeTok = st.read();
                    break;
                }
            }
        } finally {
            st.peeker.popIncludeNewlines();
        }
        Range closeRange = closeTok != null ? closeTok.range() : st.peeker.prevRange();
        return new FunctionCallExpr(fullName.toString(), args, expandFinal && !args.isEmpty(), nameRange,
                openTok.range(), closeRange);
    }

    Expr parseTupleCons(Diagnostics diags) {
        Token open = st.read();
        st.peeker.pushIncludeNewlines(false);
        try {
            if (st.peek().isKeyword("for")) {
                return finishForExpr(open, diags);
            }
            List<Expr> elems = new ArrayList<>();
            Token close;
            while (true) {
                if (st.peek().type() == TokenType.C_BRACK) {
                    close = st.read();
                    break;
                }
                Diagnostics exprDiags = new Diagnostics();
                elems.add(exprs.parseExpression(exprDiags));
                diags.addAll(exprDiags);
                if (st.recovery && exprDiags.hasErrors()) {
                    close = st.recover(TokenType.C_BRACK);
                    break;
                }
                Token next = st.peek();
                if (next.type() == TokenType.C_BRACK) {
                    close = st.read();
                    break;
                }
                if (next.type() != TokenType.COMMA) {
                    if (!st.recovery) {
                        if (next.type() == TokenType.EOF) {
                            diags.error("Unterminated tuple constructor expression", "There is no corresponding "
                                    + "closing bracket before the end of the file. This may be caused by incorrect "
                                    + "bracket nesting elsewhere in this file.", open.range());
                        } else {
                            error(diags, "Missing item separator", "Expected a comma to mark the beginning of the "
                                    + "next item.", next.range(), Range.between(open.range(), next.range()));
                        }
                    }
                    close = st.recover(TokenType.C_BRACK);
                    break;
                }
                st.read();
            }
            return new TupleConsExpr(elems, Range.between(open.range(), close.range()), open.range());
        } finally {
            st.peeker.popIncludeNewlines();
        }
    }

    Expr parseObjectCons(Diagnostics diags) {
        Token open = st.read();
        st.peeker.pushIncludeNewlines(false);
        boolean isFor = st.peek().isKeyword("for");
        st.peeker.popIncludeNewlines();
        if (isFor) {
            return finishForExpr(open, diags);
        }
        st.peeker.pushIncludeNewlines(true);
        try {
            return finishObjectCons(open, diags);
        } finally {
            st.peeker.popIncludeNewlines();
        }
    }

    private Expr finishObjectCons(Token open, Diagnostics diags) {
        List<ObjectConsExpr.Item> items = new ArrayList<>();
        Token close;
        while (true) {
            Token next = st.peek();
            if (next.type() == TokenType.NEWLINE) {
                st.read();
                continue;
            }
            if (next.type() == TokenType.C_BRACE) {
                close = st.read();
                break;
            }
            boolean forceNonLiteral = next.type() == TokenType.O_PAREN;
            Diagnostics keyDiags = new Diagnostics();
            Expr rawKey = exprs.parseExpression(keyDiags);
            diags.addAll(keyDiags);
            if (st.recovery && keyDiags.hasErrors()) {
                close = st.recover(TokenType.C_BRACE);
                break;
            }
            ObjectConsKeyExpr key = new ObjectConsKeyExpr(rawKey, forceNonLiteral);
            next = st.peek();
            if (next.type() != TokenType.EQUAL && next.type() != TokenType.COLON) {
                if (!st.recovery) {
                    reportMissingValue(open, next, diags);
                }
                close = st.recover(TokenType.C_BRACE);
                break;
            }
            st.read();
            Diagnostics valueDiags = new Diagnostics();
            Expr value = exprs.parseExpression(valueDiags);
            diags.addAll(valueDiags);
            items.add(new ObjectConsExpr.Item(key, value));
            if (st.recovery && valueDiags.hasErrors()) {
                close = st.recover(TokenType.C_BRACE);
                break;
            }
            next = st.peek();
            if (next.type() == TokenType.C_BRACE) {
                close = st.read();
                break;
            }
            if (next.type() != TokenType.COMMA && next.type() != TokenType.NEWLINE) {
                if (!st.recovery) {
                    if (next.type() == TokenType.EOF) {
                        unterminatedObject(open, diags);
                    } else {
                        error(diags, "Missing attribute separator", "Expected a newline or comma to mark the "
                                + "beginning of the next attribute.", next.range(),
                                Range.between(open.range(), next.range()));
                    }
                }
                close = st.recover(TokenType.C_BRACE);
                break;
            }
            st.read();
        }
        return new ObjectConsExpr(items, Range.between(open.range(), close.range()), open.range());
    }

    private static void unterminatedObject(Token open, Diagnostics diags) {
        diags.error("Unterminated object constructor expression", "There is no corresponding closing brace before "
                + "the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                open.range());
    }

    private static void reportMissingValue(Token open, Token next, Diagnostics diags) {
        Range context = Range.between(open.range(), next.range());
        switch (next.type()) {
            case NEWLINE, COMMA -> error(diags, "Missing attribute value",
                    "Expected an attribute value, introduced by an equals sign (\"=\").", next.range(), context);
            case IDENT -> error(diags, "Missing key/value separator", "Expected an equals sign (\"=\") to mark the "
                    + "beginning of the attribute value. If you intended to given an attribute name containing "
                    + "periods or spaces, write the name in quotes to create a string literal.", next.range(), context);
            case EOF -> unterminatedObject(open, diags);
            default -> error(diags, "Missing key/value separator",
                    "Expected an equals sign (\"=\") to mark the beginning of the attribute value.", next.range(),
                    context);
        }
    }

    /** Reports an invalid 'for' expression at the next token and skips past its closing bracket. */
    Expr invalidFor(Token open, TokenType closeType, String detail, Diagnostics diags) {
        if (!st.recovery) {
            Token at = st.peek();
            error(diags, "Invalid 'for' expression", detail, at.range(), Range.between(open.range(), at.range()));
        }
        Token close = st.recover(closeType);
        return LiteralExpr.placeholder(Range.between(open.range(), close.range()));
    }

    private Expr finishForExpr(Token open, Diagnostics diags) {
        st.peeker.pushIncludeNewlines(false);
        try {
            return new ForParser(st, exprs, this).parse(open, diags);
        } finally {
            st.peeker.popIncludeNewlines();
        }
    }
}
