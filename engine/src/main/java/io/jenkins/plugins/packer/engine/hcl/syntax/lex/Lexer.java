package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The hand-written modal scanner of the HCL native syntax. It follows hashicorp/hcl's scanner: a "normal"
 * mode for structure and expressions, a quoted-template mode, a heredoc-template mode and a bare-template
 * mode (for standalone templates), with a brace counter deciding whether {@code }} closes an interpolation or
 * an object. All state is kept in explicit stacks, so no input can make it recurse. It never fails: whatever
 * it cannot match becomes an {@link TokenType#INVALID} or {@link TokenType#BAD_UTF8} token, and the token list
 * always ends with {@link TokenType#EOF}.
 */
public final class Lexer {

    /** What the whole input is. */
    public enum Mode {
        /** A configuration file or an expression. */
        NORMAL,
        /** A standalone template (literal text with {@code ${}} and {@code %{}} sequences). */
        TEMPLATE
    }

    private enum State { MAIN, STRING, HEREDOC, BARE }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] src;
    private final String filename;
    private final PosTracker tracker;
    private final int end;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<State> returnStates = new ArrayDeque<>();
    private final Deque<Integer> retBraces = new ArrayDeque<>();
    private final Deque<Heredoc> heredocs = new ArrayDeque<>();
    private State state;
    private int braces;
    private int p;

    private Lexer(byte[] src, String filename, Pos start, Mode mode) {
        this.src = src;
        this.filename = filename;
        this.end = src.length;
        this.p = startsWithBom(src) ? BOM.length : 0;
        this.tracker = new PosTracker(src, p, start);
        this.state = mode == Mode.TEMPLATE ? State.BARE : State.MAIN;
    }

    /**
     * Scans {@code src}. {@code start} is the position of the first byte (its byte offset included); a UTF-8
     * byte order mark is skipped.
     */
    public static List<Token> scan(byte[] src, String filename, Pos start, Mode mode) {
        Lexer lx = new Lexer(src, filename, start, mode);
        lx.run();
        return lx.tokens;
    }

    private static boolean startsWithBom(byte[] src) {
        return src.length >= 3 && src[0] == BOM[0] && src[1] == BOM[1] && src[2] == BOM[2];
    }

    private void run() {
        while (p < end) {
            switch (state) {
                case MAIN -> scanMain();
                case STRING -> scanString();
                case HEREDOC -> scanHeredoc();
                default -> scanBare();
            }
        }
        emit(TokenType.EOF, end, end);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private int at(int i) {
        return i < end ? src[i] & 0xff : -1;
    }

    private void emit(TokenType type, int s, int e) {
        Pos startPos = tracker.at(s);
        Pos endPos = tracker.at(e);
        tokens.add(new Token(type, src, s, e, new Range(filename, startPos, endPos)));
        p = e;
    }

    /** Emits {@code INVALID} for one character, or {@code BAD_UTF8} for one byte that does not start one. */
    private void emitBadChar() {
        int n = Utf8.sequenceLength(src, p, end);
        if (n == 0) {
            emit(TokenType.BAD_UTF8, p, p + 1);
        } else {
            emit(TokenType.INVALID, p, p + n);
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Length of the identifier-start character at {@code i}, or 0. */
    private int identStart(int i) {
        int c = at(i);
        if (c < 0) {
            return 0;
        }
        if (c < 0x80) {
            return (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? 1 : 0;
        }
        int n = Utf8.sequenceLength(src, i, end);
        return n > 0 && Character.isUnicodeIdentifierStart(Utf8.codePoint(src, i, n)) ? n : 0;
    }

    /** Length of the identifier-continue character (or dash) at {@code i}, or 0. */
    private int identContinue(int i) {
        int c = at(i);
        if (c < 0) {
            return 0;
        }
        if (c < 0x80) {
            return (c == '_' || c == '-' || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? 1 : 0;
        }
        int n = Utf8.sequenceLength(src, i, end);
        if (n == 0) {
            return 0;
        }
        int cp = Utf8.codePoint(src, i, n);
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) ? n : 0;
    }

    /** End of the identifier starting at {@code i}, or {@code i} if there is none. */
    private int identEnd(int i) {
        int n = identStart(i);
        if (n == 0) {
            return i;
        }
        int j = i + n;
        for (int k = identContinue(j); k > 0; k = identContinue(j)) {
            j += k;
        }
        return j;
    }

    /** Length of a newline sequence ({@code \n} or {@code \r\n}) at {@code i}, or 0. */
    private int newlineAt(int i) {
        if (at(i) == '\n') {
            return 1;
        }
        return at(i) == '\r' && at(i + 1) == '\n' ? 2 : 0;
    }

    private void enterSequence(TokenType type, State returnTo) {
        int len = at(p + 2) == '~' ? 3 : 2;
        emit(type, p, p + len);
        braces++;
        retBraces.push(braces);
        if (!heredocs.isEmpty()) {
            heredocs.peek().startOfLine = false;
        }
        returnStates.push(returnTo);
        state = State.MAIN;
    }

    // ------------------------------------------------------------------------------------------ main mode

    private void scanMain() {
        int c = at(p);
        if (c == ' ' || c == '\t') {
            while (at(p) == ' ' || at(p) == '\t') {
                p++;
            }
            return;
        }
        if (isDigit(c)) {
            emit(TokenType.NUMBER_LIT, p, numberEnd(p));
            return;
        }
        int identEnd = identEnd(p);
        if (identEnd > p) {
            emit(TokenType.IDENT, p, identEnd);
            return;
        }
        switch (c) {
            case '#' -> emit(TokenType.COMMENT, p, lineCommentEnd(p));
            case '/' -> scanSlash();
            case '\n' -> emit(TokenType.NEWLINE, p, p + 1);
            case '\r' -> {
                if (at(p + 1) == '\n') {
                    emit(TokenType.NEWLINE, p, p + 2);
                } else {
                    emit(TokenType.INVALID, p, p + 1);
                }
            }
            case '=' -> twoChar('=', TokenType.EQUAL_OP, '>', TokenType.FAT_ARROW, TokenType.EQUAL);
            case '!' -> twoChar('=', TokenType.NOT_EQUAL, -2, null, TokenType.BANG);
            case '>' -> twoChar('=', TokenType.GREATER_THAN_EQ, -2, null, TokenType.GREATER_THAN);
            case '<' -> scanLess();
            case '&' -> twoChar('&', TokenType.AND, -2, null, TokenType.BITWISE_AND);
            case '|' -> twoChar('|', TokenType.OR, -2, null, TokenType.BITWISE_OR);
            case ':' -> twoChar(':', TokenType.DOUBLE_COLON, -2, null, TokenType.COLON);
            case '.' -> {
                if (at(p + 1) == '.' && at(p + 2) == '.') {
                    emit(TokenType.ELLIPSIS, p, p + 3);
                } else {
                    emit(TokenType.DOT, p, p + 1);
                }
            }
            case '{' -> {
                emit(TokenType.O_BRACE, p, p + 1);
                braces++;
            }
            case '}' -> closeBrace(p, p + 1, false);
            case '~' -> {
                if (at(p + 1) == '}') {
                    closeBrace(p, p + 2, true);
                } else {
                    emit(TokenType.BITWISE_NOT, p, p + 1);
                }
            }
            case '"' -> {
                emit(TokenType.O_QUOTE, p, p + 1);
                returnStates.push(State.MAIN);
                state = State.STRING;
            }
            default -> scanSingle(c);
        }
    }

    private void scanSingle(int c) {
        TokenType t = switch (c) {
            case '[' -> TokenType.O_BRACK;
            case ']' -> TokenType.C_BRACK;
            case '(' -> TokenType.O_PAREN;
            case ')' -> TokenType.C_PAREN;
            case ',' -> TokenType.COMMA;
            case '*' -> TokenType.STAR;
            case '%' -> TokenType.PERCENT;
            case '+' -> TokenType.PLUS;
            case '-' -> TokenType.MINUS;
            case '?' -> TokenType.QUESTION;
            case '^' -> TokenType.BITWISE_XOR;
            case ';' -> TokenType.SEMICOLON;
            case '`' -> TokenType.BACKTICK;
            case '\'' -> TokenType.APOSTROPHE;
            default -> null;
        };
        if (t == null) {
            emitBadChar();
        } else {
            emit(t, p, p + 1);
        }
    }

    private void twoChar(int second, TokenType two, int altSecond, TokenType alt, TokenType one) {
        int n = at(p + 1);
        if (n == second) {
            emit(two, p, p + 2);
        } else if (n == altSecond) {
            emit(alt, p, p + 2);
        } else {
            emit(one, p, p + 1);
        }
    }

    /**
     * A number literal: a digit, then digits, dots and exponents ({@code e}, optional sign, digit), never
     * ending in a dot ({@code 1.} is the number 1 followed by a dot).
     */
    private int numberEnd(int start) {
        int i = start + 1;
        int good = i;
        while (true) {
            int c = at(i);
            if (isDigit(c)) {
                i++;
                good = i;
            } else if (c == '.') {
                i++;
            } else if ((c == 'e' || c == 'E') && isDigit(at(i + 1))) {
                i += 2;
                good = i;
            } else if ((c == 'e' || c == 'E') && (at(i + 1) == '+' || at(i + 1) == '-') && isDigit(at(i + 2))) {
                i += 3;
                good = i;
            } else {
                return good;
            }
        }
    }

    /** End of a {@code #} or {@code //} comment: just after its newline, or the end of input. */
    private int lineCommentEnd(int start) {
        int i = start;
        while (i < end && src[i] != '\n') {
            i++;
        }
        return i < end ? i + 1 : end;
    }

    private void scanSlash() {
        if (at(p + 1) == '/') {
            emit(TokenType.COMMENT, p, lineCommentEnd(p));
            return;
        }
        if (at(p + 1) == '*') {
            for (int i = p + 2; i + 1 < end; i++) {
                if (src[i] == '*' && src[i + 1] == '/') {
                    emit(TokenType.COMMENT, p, i + 2);
                    return;
                }
            }
            // An unterminated comment is no comment: the slash stands alone, as in hashicorp/hcl.
        }
        emit(TokenType.SLASH, p, p + 1);
    }

    /** {@code <}, {@code <=}, or a heredoc introducer {@code <<EOT} / {@code <<-EOT} plus its newline. */
    private void scanLess() {
        if (at(p + 1) == '=') {
            emit(TokenType.LESS_THAN_EQ, p, p + 2);
            return;
        }
        if (at(p + 1) == '<') {
            int identStart = p + 2 + (at(p + 2) == '-' ? 1 : 0);
            int identEnd = identEnd(identStart);
            int nl = identEnd > identStart ? newlineAt(identEnd) : 0;
            if (nl > 0) {
                String marker = new String(src, identStart, identEnd - identStart,
                        java.nio.charset.StandardCharsets.UTF_8);
                emit(TokenType.O_HEREDOC, p, identEnd + nl);
                heredocs.push(new Heredoc(marker));
                returnStates.push(State.MAIN);
                state = State.HEREDOC;
                return;
            }
        }
        emit(TokenType.LESS_THAN, p, p + 1);
    }

    private void closeBrace(int s, int e, boolean tilde) {
        boolean closesSequence = !retBraces.isEmpty() && retBraces.peek() == braces;
        if (closesSequence) {
            emit(TokenType.TEMPLATE_SEQ_END, s, e);
            braces--;
            retBraces.pop();
            state = returnStates.isEmpty() ? State.MAIN : returnStates.pop();
        } else {
            // "~}" that closes no sequence is still a sequence end, so that the parser reports it.
            emit(tilde ? TokenType.TEMPLATE_SEQ_END : TokenType.C_BRACE, s, e);
            braces--;
        }
    }

    // ------------------------------------------------------------------------------------------ templates

    /**
     * At a {@code $} or {@code %} that does not start a sequence: the length of the literal it introduces
     * ({@code $${} escapes are three bytes, a lone sign is one), or 0 at the end of input.
     */
    private int signLiteralLength(int c) {
        if (at(p + 1) == c && at(p + 2) == '{') {
            return 3;
        }
        return p + 1 < end ? 1 : 0;
    }

    private boolean startsSequence() {
        int c = at(p);
        return (c == '$' || c == '%') && at(p + 1) == '{';
    }

    private void scanString() {
        int c = at(p);
        if (startsSequence()) {
            enterSequence(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, State.STRING);
            return;
        }
        if (c == '$' || c == '%') {
            int n = signLiteralLength(c);
            if (n == 0) {
                emit(TokenType.INVALID, p, end);
            } else {
                emit(TokenType.QUOTED_LIT, p, p + n);
            }
            return;
        }
        if (c == '"') {
            emit(TokenType.C_QUOTE, p, p + 1);
            state = returnStates.isEmpty() ? State.MAIN : returnStates.pop();
            return;
        }
        if (c == '\n' || c == '\r') {
            int i = p;
            while (at(i) == '\n' || at(i) == '\r') {
                i++;
            }
            emit(TokenType.QUOTED_NEWLINE, p, i);
            return;
        }
        int i = p;
        while (i < end) {
            int d = at(i);
            if (d == '\\') {
                int n = at(i + 1) == '\n' || at(i + 1) == '\r' ? 0 : Utf8.sequenceLength(src, i + 1, end);
                if (n == 0) {
                    break;
                }
                i += 1 + n;
            } else if (d == '$' || d == '%' || d == '"' || d == '\n' || d == '\r') {
                break;
            } else {
                int n = Utf8.sequenceLength(src, i, end);
                if (n == 0) {
                    break;
                }
                i += n;
            }
        }
        if (i > p) {
            emit(TokenType.QUOTED_LIT, p, i);
        } else {
            emitBadChar();
        }
    }

    /** End of a run of literal characters: not {@code $}, {@code %}, CR, LF, nor invalid UTF-8. */
    private int literalRunEnd(int i) {
        while (i < end) {
            int d = at(i);
            if (d == '$' || d == '%' || d == '\n' || d == '\r') {
                return i;
            }
            int n = Utf8.sequenceLength(src, i, end);
            if (n == 0) {
                return i;
            }
            i += n;
        }
        return i;
    }

    private void scanHeredoc() {
        int c = at(p);
        Heredoc doc = heredocs.peek();
        if (startsSequence()) {
            enterSequence(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, State.HEREDOC);
            return;
        }
        int litEnd;
        if (c == '$' || c == '%') {
            litEnd = p + Math.max(1, signLiteralLength(c));
        } else {
            litEnd = literalRunEnd(p);
        }
        int nl = newlineAt(litEnd);
        if (nl > 0) {
            String line = new String(src, p, litEnd - p, java.nio.charset.StandardCharsets.UTF_8);
            if (doc.startOfLine && line.strip().equals(doc.marker)) {
                emit(TokenType.C_HEREDOC, p, litEnd);
                emit(TokenType.NEWLINE, litEnd, litEnd + nl);
                heredocs.pop();
                state = returnStates.isEmpty() ? State.MAIN : returnStates.pop();
                return;
            }
            doc.startOfLine = true;
            emit(TokenType.STRING_LIT, p, litEnd + nl);
            return;
        }
        if (litEnd > p) {
            doc.startOfLine = false;
            emit(TokenType.STRING_LIT, p, litEnd);
            return;
        }
        doc.startOfLine = false;
        emitBadChar();
    }

    private void scanBare() {
        int c = at(p);
        if (startsSequence()) {
            enterSequence(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, State.BARE);
            return;
        }
        int litEnd;
        if (c == '$' || c == '%') {
            litEnd = p + Math.max(1, signLiteralLength(c));
        } else {
            litEnd = literalRunEnd(p);
        }
        int nl = newlineAt(litEnd);
        if (litEnd + nl > p) {
            emit(TokenType.STRING_LIT, p, litEnd + nl);
        } else if (c == '\r') {
            emit(TokenType.STRING_LIT, p, p + 1);
        } else {
            emitBadChar();
        }
    }

    /** A heredoc being scanned: its closing marker, and whether the scanner is at the start of a line. */
    private static final class Heredoc {
        final String marker;
        boolean startOfLine = true;

        Heredoc(String marker) {
            this.marker = marker;
        }
    }
}
