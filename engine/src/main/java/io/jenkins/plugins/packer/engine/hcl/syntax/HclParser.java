package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Lexer;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenChecks;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.List;
import java.util.Map;

/**
 * Entry points of the HCL native syntax ({@code .pkr.hcl}, {@code .pkrvars.hcl}), as hashicorp/hcl's
 * {@code hclsyntax.ParseConfig}, {@code ParseExpression} and {@code ParseTemplate}. Parsing never throws on
 * bad input: it returns a best-effort result and reports problems as diagnostics with source ranges.
 */
public final class HclParser {

    private HclParser() {
    }

    /** Parses a whole configuration file. {@code filename} goes into every range. */
    public static ParseResult parseFile(byte[] src, String filename) {
        Diagnostics diags = new Diagnostics();
        try {
            List<Token> tokens = Lexer.scan(src, filename, Pos.START, Lexer.Mode.NORMAL);
            TokenChecks.check(tokens, diags);
            ParserState st = new ParserState(tokens);
            StructureParser parser = new StructureParser(st, new ExpressionParser(st));
            SyntaxBody body = parser.parseBody(TokenType.EOF, diags);
            return new ParseResult(body, diags);
        } catch (RuntimeException | StackOverflowError e) {
            Range r = Range.at(filename, Pos.START);
            diags.error("Internal error while parsing", "The file could not be parsed because of an internal error: "
                    + e, r);
            return new ParseResult(new SyntaxBody(Map.of(), List.of(), r, r), diags);
        }
    }

    /**
     * Parses a standalone expression (newlines are insignificant, as inside parentheses); for example a JSON
     * key or a {@code -var} value. {@code start} is the position of {@code src[0]} in its file. Problems are
     * appended to {@code diags}; the result is never null.
     */
    public static Expression parseExpression(byte[] src, String filename, Pos start, Diagnostics diags) {
        try {
            List<Token> tokens = Lexer.scan(src, filename, start, Lexer.Mode.NORMAL);
            TokenChecks.check(tokens, diags);
            ParserState st = new ParserState(tokens);
            st.peeker.pushIncludeNewlines(false);
            Expr expr = new ExpressionParser(st).parseExpression(diags);
            Token next = st.peek();
            if (next.type() != TokenType.EOF && !st.recovery) {
                diags.error("Extra characters after expression",
                        "An expression was successfully parsed, but extra characters were found after it.",
                        next.range());
            }
            st.peeker.popIncludeNewlines();
            return expr;
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(filename, start, e, diags);
        }
    }

    /**
     * Parses a standalone template: literal text with {@code ${...}} interpolations and {@code %{...}}
     * directives, as the strings of HCL's JSON syntax are read. A template that is a single interpolation
     * evaluates to the interpolated value unconverted. Problems are appended to {@code diags}.
     */
    public static Expression parseTemplate(byte[] src, String filename, Pos start, Diagnostics diags) {
        try {
            List<Token> tokens = Lexer.scan(src, filename, start, Lexer.Mode.TEMPLATE);
            TokenChecks.check(tokens, diags);
            ParserState st = new ParserState(tokens);
            return new ExpressionParser(st).templates().parseStandalone(diags);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(filename, start, e, diags);
        }
    }

    /** True when {@code s} is a valid identifier of the native syntax (letters, digits, {@code _}, {@code -}). */
    public static boolean isValidIdentifier(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Token> tokens = Lexer.scan(b, "", Pos.START, Lexer.Mode.NORMAL);
        return tokens.size() == 2 && tokens.get(0).type() == TokenType.IDENT && tokens.get(0).length() == b.length;
    }

    private static Expression internalError(String filename, Pos start, Throwable e, Diagnostics diags) {
        Range r = Range.at(filename, start);
        diags.error("Internal error while parsing", "The expression could not be parsed because of an internal "
                + "error: " + e, r);
        return LiteralExpr.placeholder(r);
    }
}
