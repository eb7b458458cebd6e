package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * What the structure, expression and template parsers share: the token cursor, the sticky "recovery" flag
 * (once set, follow-on errors that would only be noise are not reported, as in hashicorp/hcl), the recovery
 * routines, and the nesting bound that keeps hostile input from exhausting the stack.
 */
final class ParserState {

    /** How deeply blocks, brackets, templates and operators may nest. */
    static final int MAX_NESTING = 128;
    /** How tall an expression tree may grow (long operator chains included). */
    static final int MAX_HEIGHT = 500;

    final Peeker peeker;
    boolean recovery;
    private int depth;
    private boolean toldTooDeep;

    ParserState(List<Token> tokens) {
        this.peeker = new Peeker(tokens);
    }

    Token peek() {
        return peeker.peek();
    }

    Token read() {
        return peeker.read();
    }

    /**
     * Enters one nesting level. Returns false (after reporting, once, and skipping to the end of the input)
     * when the input nests too deeply; the caller must then not call {@link #leave()}.
     */
    boolean enter(Diagnostics diags) {
        if (depth >= MAX_NESTING) {
            tooDeep(diags, peek().range());
            return false;
        }
        depth++;
        return true;
    }

    void leave() {
        depth--;
    }

    /** Reports (once) that the input nests too deeply, then skips everything left. */
    void tooDeep(Diagnostics diags, Range where) {
        if (!toldTooDeep) {
            diags.error("Nesting too deep", "This configuration nests blocks, brackets or expressions more than "
                    + MAX_NESTING + " levels deep (or builds an expression more than " + MAX_HEIGHT
                    + " operations tall), which is not supported.", where);
            toldTooDeep = true;
        }
        recovery = true;
        while (read().type() != TokenType.EOF) {
            // skip
        }
    }

    /** {@code e}, or a placeholder after reporting if the tree under {@code e} is too tall. */
    Expr bounded(Expr e, Diagnostics diags) {
        if (e.height() > MAX_HEIGHT) {
            tooDeep(diags, e.range());
            return LiteralExpr.placeholder(e.range());
        }
        return e;
    }

    static TokenType opposite(TokenType t) {
        return switch (t) {
            case O_BRACE -> TokenType.C_BRACE;
            case O_BRACK -> TokenType.C_BRACK;
            case O_PAREN -> TokenType.C_PAREN;
            case O_QUOTE -> TokenType.C_QUOTE;
            case O_HEREDOC -> TokenType.C_HEREDOC;
            case C_BRACE -> TokenType.O_BRACE;
            case C_BRACK -> TokenType.O_BRACK;
            case C_PAREN -> TokenType.O_PAREN;
            case C_QUOTE -> TokenType.O_QUOTE;
            case C_HEREDOC -> TokenType.O_HEREDOC;
            case TEMPLATE_CONTROL, TEMPLATE_INTERP -> TokenType.TEMPLATE_SEQ_END;
            case TEMPLATE_SEQ_END -> TokenType.TEMPLATE_INTERP;
            default -> TokenType.NIL;
        };
    }

    /**
     * Skips forward to the token {@code end} that closes the current bracket (counting nested ones) and
     * returns it, leaving the cursor after it; returns EOF if there is none.
     */
    Token recover(TokenType end) {
        TokenType start = opposite(end);
        recovery = true;
        int nest = 0;
        while (true) {
            Token tok = read();
            TokenType ty = tok.type();
            if (end == TokenType.TEMPLATE_SEQ_END && ty == TokenType.TEMPLATE_CONTROL) {
                ty = TokenType.TEMPLATE_INTERP;
            }
            if (ty == start) {
                nest++;
            } else if (ty == end) {
                if (nest < 1) {
                    return tok;
                }
                nest--;
            } else if (ty == TokenType.EOF) {
                return tok;
            }
        }
    }

    /** Skips to the next {@code start} bracket, then past its closing bracket. */
    void recoverOver(TokenType start) {
        while (true) {
            TokenType t = read().type();
            if (t == start || t == TokenType.EOF) {
                break;
            }
        }
        recover(opposite(start));
    }

    /** Skips to the newline that ends the current body item (ignoring newlines inside brackets). */
    void recoverAfterBodyItem() {
        recovery = true;
        List<TokenType> open = new ArrayList<>();
        while (true) {
            Token tok = read();
            switch (tok.type()) {
                case NEWLINE -> {
                    if (open.isEmpty()) {
                        return;
                    }
                }
                case EOF -> {
                    return;
                }
                case O_BRACE, O_BRACK, O_PAREN, O_QUOTE, O_HEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL ->
                        open.add(tok.type());
                case C_BRACE, C_BRACK, C_PAREN, C_QUOTE, C_HEREDOC -> {
                    TokenType opener = opposite(tok.type());
                    while (!open.isEmpty() && open.get(open.size() - 1) != opener) {
                        open.remove(open.size() - 1);
                    }
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                }
                case TEMPLATE_SEQ_END -> {
                    while (!open.isEmpty() && open.get(open.size() - 1) != TokenType.TEMPLATE_INTERP
                            && open.get(open.size() - 1) != TokenType.TEMPLATE_CONTROL) {
                        open.remove(open.size() - 1);
                    }
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                }
                default -> {
                    // keep skipping
                }
            }
        }
    }
}
