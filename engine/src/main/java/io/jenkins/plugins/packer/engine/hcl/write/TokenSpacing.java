package io.jenkins.plugins.packer.engine.hcl.write;

import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.EnumSet;
import java.util.Set;

/**
 * hclwrite's spacing rules: whether one space goes between two neighbouring tokens of a line, and how much a
 * token opens or closes a bracket level. The rules are applied in order; the first that matches decides.
 */
final class TokenSpacing {

    /** Tokens after which a minus is a negation (no space after it) rather than a subtraction. */
    private static final Set<TokenType> NEGATION_CONTEXT = EnumSet.of(
            TokenType.NIL, TokenType.O_PAREN, TokenType.O_BRACE, TokenType.O_BRACK, TokenType.EQUAL,
            TokenType.COLON, TokenType.COMMA, TokenType.QUESTION,
            TokenType.PLUS, TokenType.STAR, TokenType.SLASH, TokenType.PERCENT, TokenType.MINUS,
            TokenType.EQUAL_OP, TokenType.NOT_EQUAL, TokenType.GREATER_THAN, TokenType.GREATER_THAN_EQ,
            TokenType.LESS_THAN, TokenType.LESS_THAN_EQ,
            TokenType.AND, TokenType.OR, TokenType.BANG);

    private TokenSpacing() {
    }

    /** +1 for an opening bracket (including {@code ${} and {@code %{}), -1 for a closing one, else 0. */
    static int bracketChange(TokenType t) {
        return switch (t) {
            case O_BRACE, O_BRACK, O_PAREN, TEMPLATE_CONTROL, TEMPLATE_INTERP -> 1;
            case C_BRACE, C_BRACK, C_PAREN, TEMPLATE_SEQ_END -> -1;
            default -> 0;
        };
    }

    /**
     * Whether {@code subject} is followed by one space when {@code before} precedes it and {@code after}
     * follows it. {@code before} is of type {@link TokenType#NIL} at the start of a cell.
     */
    static boolean spaceAfter(WriterToken subject, TokenType before, WriterToken after) {
        TokenType s = subject.type();
        TokenType a = after.type();
        if (a == TokenType.NEWLINE || a == TokenType.NIL) {
            return false;
        }
        if (s == TokenType.IDENT && a == TokenType.O_PAREN) {
            return false; // a function name stays next to its argument list
        }
        if ((s == TokenType.IDENT && a == TokenType.DOUBLE_COLON) || (s == TokenType.DOUBLE_COLON && a == TokenType.IDENT)) {
            return false; // namespaced function names
        }
        if (s == TokenType.DOT || a == TokenType.DOT) {
            return false;
        }
        if (a == TokenType.COMMA || a == TokenType.ELLIPSIS) {
            return false;
        }
        if (s == TokenType.COMMA) {
            return true;
        }
        if (isLiteral(s) || s == TokenType.O_QUOTE || s == TokenType.O_HEREDOC
                || isLiteral(a) || a == TokenType.C_QUOTE || a == TokenType.C_HEREDOC) {
            return false; // never inside a template's literal text
        }
        if (subject.isKeyword("in") && before == TokenType.IDENT) {
            return true; // "for x in [y]" keeps the space before the bracket
        }
        if (a == TokenType.O_BRACK && (s == TokenType.IDENT || s == TokenType.NUMBER_LIT || bracketChange(s) < 0)) {
            return false; // index
        }
        if (s == TokenType.BANG) {
            return false;
        }
        if (s == TokenType.MINUS) {
            return !NEGATION_CONTEXT.contains(before);
        }
        if (s == TokenType.O_BRACE || a == TokenType.C_BRACE) {
            return !(s == TokenType.O_BRACE && a == TokenType.C_BRACE); // "{ a = 1 }" but "{}"
        }
        if ((s == TokenType.TEMPLATE_INTERP || s == TokenType.TEMPLATE_CONTROL) && a == TokenType.O_BRACE) {
            return true;
        }
        if (s == TokenType.C_BRACE && a == TokenType.TEMPLATE_SEQ_END) {
            return true;
        }
        if (s == TokenType.TEMPLATE_SEQ_END && (a == TokenType.TEMPLATE_INTERP || a == TokenType.TEMPLATE_CONTROL)) {
            return false;
        }
        if (bracketChange(s) > 0) {
            return false;
        }
        if (bracketChange(a) < 0) {
            return false;
        }
        return true;
    }

    private static boolean isLiteral(TokenType t) {
        return t == TokenType.QUOTED_LIT || t == TokenType.STRING_LIT;
    }
}
