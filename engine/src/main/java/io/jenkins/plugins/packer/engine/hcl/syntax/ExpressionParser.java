package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.List;

/**
 * Parses expressions: conditionals, binary operators by precedence level (left-associative), unary operators
 * and terms. Postfix steps are in {@link TraversalParser}; collections, calls and {@code for} expressions in
 * {@link CollectionParser}; templates in {@link TemplateParser}.
 */
final class ExpressionParser {

    private final ParserState st;
    private final TemplateParser templates;
    private final CollectionParser collections;
    private final TraversalParser traversals;

    ExpressionParser(ParserState st) {
        this.st = st;
        this.templates = new TemplateParser(st, this);
        this.collections = new CollectionParser(st, this);
        this.traversals = new TraversalParser(st, this);
    }

    TemplateParser templates() {
        return templates;
    }

    Expr parseExpression(Diagnostics diags) {
        Range start = st.peek().range();
        if (!st.enter(diags)) {
            return LiteralExpr.placeholder(start);
        }
        try {
            return st.bounded(parseTernary(diags), diags);
        } finally {
            st.leave();
        }
    }

    private Expr parseTernary(Diagnostics diags) {
        Range startRange = st.peeker.nextRange();
        Diagnostics condDiags = new Diagnostics();
        Expr cond = parseBinary(1, condDiags);
        diags.addAll(condDiags);
        if (st.recovery && condDiags.hasErrors()) {
            return cond;
        }
        if (st.peek().type() != TokenType.QUESTION) {
            return cond;
        }
        st.read();
        Diagnostics trueDiags = new Diagnostics();
        Expr trueExpr = parseExpression(trueDiags);
        diags.addAll(trueDiags);
        if (st.recovery && trueDiags.hasErrors()) {
            return cond;
        }
        Token colon = st.peek();
        if (colon.type() != TokenType.COLON) {
            diags.add(new Diagnostic(Severity.ERROR, "Missing false expression in conditional",
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
                    colon.range(), Range.between(startRange, colon.range())));
            return cond;
        }
        st.read();
        Diagnostics falseDiags = new Diagnostics();
        Expr falseExpr = parseExpression(falseDiags);
        diags.addAll(falseDiags);
        if (st.recovery && falseDiags.hasErrors()) {
            return cond;
        }
        return new ConditionalExpr(cond, trueExpr, falseExpr, Range.between(startRange, falseExpr.range()));
    }

    private static Operation operation(TokenType t) {
        return switch (t) {
            case OR -> Operation.OR;
            case AND -> Operation.AND;
            case EQUAL_OP -> Operation.EQUAL;
            case NOT_EQUAL -> Operation.NOT_EQUAL;
            case GREATER_THAN -> Operation.GREATER_THAN;
            case GREATER_THAN_EQ -> Operation.GREATER_THAN_OR_EQUAL;
            case LESS_THAN -> Operation.LESS_THAN;
            case LESS_THAN_EQ -> Operation.LESS_THAN_OR_EQUAL;
            case PLUS -> Operation.ADD;
            case MINUS -> Operation.SUBTRACT;
            case STAR -> Operation.MULTIPLY;
            case SLASH -> Operation.DIVIDE;
            case PERCENT -> Operation.MODULO;
            default -> null;
        };
    }

    /**
     * Binary operators by precedence climbing: operators of the same level associate to the left, tighter ones
     * bind into the right operand. As in hashicorp/hcl, an operand that failed to parse in recovery mode ends
     * the operation with what was parsed before it.
     */
    private Expr parseBinary(int minPrecedence, Diagnostics diags) {
        Diagnostics lhsDiags = new Diagnostics();
        Expr lhs = parseExpressionWithTraversals(lhsDiags);
        diags.addAll(lhsDiags);
        if (st.recovery && lhsDiags.hasErrors()) {
            return lhs;
        }
        while (true) {
            Operation op = operation(st.peek().type());
            if (op == null || op.precedence() < minPrecedence) {
                return lhs;
            }
            st.read();
            Diagnostics rhsDiags = new Diagnostics();
            Expr rhs = parseBinary(op.precedence() + 1, rhsDiags);
            diags.addAll(rhsDiags);
            if (st.recovery && rhsDiags.hasErrors()) {
                return lhs;
            }
            lhs = st.bounded(new BinaryOpExpr(lhs, op, rhs), diags);
        }
    }

    Expr parseExpressionWithTraversals(Diagnostics diags) {
        Expr term = parseTerm(diags);
        return traversals.parse(term, diags);
    }


    Value numberValue(Token tok, Diagnostics diags) {
        try {
            return Value.number(new BigDecimal(tok.text()));
        } catch (NumberFormatException | ArithmeticException e) {
            diags.error("Invalid number literal", "Failed to recognize the value of this number literal.",
                    tok.range());
            return Value.unknown(Type.NUMBER);
        }
    }

    private Expr parseTerm(Diagnostics diags) {
        Token start = st.peek();
        switch (start.type()) {
            case O_PAREN:
                return parseParentheses(diags);
            case NUMBER_LIT:
                st.read();
                return new LiteralExpr(numberValue(start, diags), start.range());
            case IDENT:
                return parseIdentTerm(diags);
            case O_QUOTE:
            case O_HEREDOC:
                return templates.parseTemplateExpression(diags);
            case MINUS:
            case BANG:
                return parseUnary(diags);
            case O_BRACK:
                return collections.parseTupleCons(diags);
            case O_BRACE:
                return collections.parseObjectCons(diags);
            default:
                if (!st.recovery) {
                    if (start.type() == TokenType.EOF) {
                        diags.error("Missing expression",
                                "Expected the start of an expression, but found the end of the file.", start.range());
                    } else {
                        diags.error("Invalid expression",
                                "Expected the start of an expression, but found an invalid expression token.",
                                start.range());
                    }
                }
                st.recovery = true;
                return LiteralExpr.placeholder(start.range());
        }
    }

    private Expr parseParentheses(Diagnostics diags) {
        Token oParen = st.read();
        st.peeker.pushIncludeNewlines(false);
        try {
            Diagnostics inner = new Diagnostics();
            Expr expr = parseExpression(inner);
            diags.addAll(inner);
            if (inner.hasErrors()) {
                st.recover(TokenType.C_PAREN);
                return expr;
            }
            Token close = st.peek();
            if (close.type() != TokenType.C_PAREN) {
                diags.add(new Diagnostic(Severity.ERROR, "Unbalanced parentheses",
                        "Expected a closing parenthesis to terminate the expression.", close.range(),
                        Range.between(oParen.range(), close.range())));
                st.recovery = true;
            }
            Token cParen = st.read();
            return new ParenthesesExpr(expr, Range.between(oParen.range(), cParen.range()));
        } finally {
            st.peeker.popIncludeNewlines();
        }
    }

    private Expr parseIdentTerm(Diagnostics diags) {
        Token tok = st.read();
        TokenType after = st.peek().type();
        if (after == TokenType.O_PAREN || after == TokenType.DOUBLE_COLON) {
            return collections.finishFunctionCall(tok, diags);
        }
        return switch (tok.text()) {
            case "true" -> new LiteralExpr(Value.TRUE, tok.range());
            case "false" -> new LiteralExpr(Value.FALSE, tok.range());
            case "null" -> new LiteralExpr(Value.NULL, tok.range());
            default -> new ScopeTraversalExpr(new Traversal(List.of(new Traversal.Root(tok.text(), tok.range()))),
                    tok.range());
        };
    }

    private Expr parseUnary(Diagnostics diags) {
        Token tok = st.read();
        if (!st.enter(diags)) {
            return LiteralExpr.placeholder(tok.range());
        }
        try {
            Expr operand = parseExpressionWithTraversals(diags);
            Operation op = tok.type() == TokenType.MINUS ? Operation.NEGATE : Operation.NOT;
            return new UnaryOpExpr(op, operand, tok.range());
        } finally {
            st.leave();
        }
    }
}
