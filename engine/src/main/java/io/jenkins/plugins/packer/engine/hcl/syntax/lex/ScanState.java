package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The scanner's state, shared by its modes: the source, the cursor, the tokens so far, the mode and the
 * stacks that decide where a closing brace returns to (modes to return to, brace levels of open template
 * sequences, heredocs being read).
 */
final class ScanState {

    /** Scanner modes. */
    enum Mode { MAIN, STRING, HEREDOC, BARE }

    final byte[] src;
    final int end;
    final List<Token> tokens = new ArrayList<>();
    final Deque<Mode> returnModes = new ArrayDeque<>();
    final Deque<Integer> retBraces = new ArrayDeque<>();
    final Deque<Heredoc> heredocs = new ArrayDeque<>();
    private final String filename;
    private final PosTracker tracker;
    Mode mode;
    int braces;
    int p;

    ScanState(byte[] src, int first, String filename, Pos start, Mode mode) {
        this.src = src;
        this.end = src.length;
        this.filename = filename;
        this.p = first;
        this.tracker = new PosTracker(src, first, start);
        this.mode = mode;
    }

    int at(int i) {
        return i < end ? src[i] & 0xff : -1;
    }

    void emit(TokenType type, int s, int e) {
        Pos startPos = tracker.at(s);
        Pos endPos = tracker.at(e);
        tokens.add(new Token(type, src, s, e, new Range(filename, startPos, endPos)));
        p = e;
    }

    /** Emits {@code INVALID} for one character, or {@code BAD_UTF8} for one byte that does not start one. */
    void emitBadChar() {
        int n = Utf8.sequenceLength(src, p, end);
        if (n == 0) {
            emit(TokenType.BAD_UTF8, p, p + 1);
        } else {
            emit(TokenType.INVALID, p, p + n);
        }
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Length of the identifier-start character at {@code i}, or 0. */
    int identStart(int i) {
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
    int identContinue(int i) {
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
    int identEnd(int i) {
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
    int newlineAt(int i) {
        if (at(i) == '\n') {
            return 1;
        }
        return at(i) == '\r' && at(i + 1) == '\n' ? 2 : 0;
    }

    void enterSequence(TokenType type, Mode returnTo) {
        int len = at(p + 2) == '~' ? 3 : 2;
        emit(type, p, p + len);
        braces++;
        retBraces.push(braces);
        if (!heredocs.isEmpty()) {
            heredocs.peek().startOfLine = false;
        }
        returnModes.push(returnTo);
        mode = Mode.MAIN;
    }

    /** Leaves the current mode for the one that entered it. */
    void returnFromMode() {
        mode = returnModes.isEmpty() ? Mode.MAIN : returnModes.pop();
    }

    /** A heredoc being scanned: its closing marker, and whether the scanner is at the start of a line. */
    static final class Heredoc {
        final String marker;
        boolean startOfLine = true;

        Heredoc(String marker) {
            this.marker = marker;
        }
    }
}
