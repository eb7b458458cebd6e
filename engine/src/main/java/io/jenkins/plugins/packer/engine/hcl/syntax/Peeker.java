package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A cursor over the token list that hides comments and, depending on a stack of modes, newlines (they matter
 * in bodies and object constructors, not inside brackets). A line comment, which swallows its newline, reads
 * as a newline where newlines matter. Past the end it keeps returning the EOF token.
 */
final class Peeker {

    private final List<Token> tokens;
    private final Deque<Boolean> includeNewlines = new ArrayDeque<>();
    private int next;

    Peeker(List<Token> tokens) {
        this.tokens = tokens;
        includeNewlines.push(Boolean.TRUE);
    }

    Token peek() {
        return scan(false);
    }

    Token read() {
        return scan(true);
    }

    Range nextRange() {
        return peek().range();
    }

    /** The range of the last token read (of the first token when nothing was read yet). */
    Range prevRange() {
        return tokens.get(next == 0 ? 0 : next - 1).range();
    }

    void pushIncludeNewlines(boolean include) {
        includeNewlines.push(include);
    }

    void popIncludeNewlines() {
        includeNewlines.pop();
    }

    int stackDepth() {
        return includeNewlines.size();
    }

    private Token scan(boolean advance) {
        boolean newlines = includeNewlines.peek();
        for (int i = next; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.type() == TokenType.COMMENT) {
                if (newlines && tok.length() > 0 && tok.byteAt(tok.length() - 1) == '\n') {
                    if (advance) {
                        next = i + 1;
                    }
                    return new Token(TokenType.NEWLINE, tok.source(), tok.end() - 1, tok.end(), tok.range());
                }
                continue;
            }
            if (tok.type() == TokenType.NEWLINE && !newlines) {
                continue;
            }
            if (advance) {
                next = i + 1;
            }
            return tok;
        }
        if (advance) {
            next = tokens.size();
        }
        return tokens.get(tokens.size() - 1);
    }
}
