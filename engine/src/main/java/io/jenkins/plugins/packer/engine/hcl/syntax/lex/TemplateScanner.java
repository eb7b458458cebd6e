package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

/**
 * The scanner's template modes: quoted strings (with backslash escapes, no newlines), heredocs (line by line,
 * watching for the closing marker at the start of a line) and bare standalone templates. Each turns
 * {@code ${} and {@code %{} into sequence openers and everything else into literal tokens.
 */
final class TemplateScanner {

    private final ScanState s;

    TemplateScanner(ScanState s) {
        this.s = s;
    }

    /**
     * At a {@code $} or {@code %} that does not start a sequence: the length of the literal it introduces
     * ({@code $${} escapes are three bytes, a lone sign is one), or 0 at the end of input.
     */
    private int signLiteralLength(int c) {
        if (s.at(s.p + 1) == c && s.at(s.p + 2) == '{') {
            return 3;
        }
        return s.p + 1 < s.end ? 1 : 0;
    }

    private boolean startsSequence() {
        int c = s.at(s.p);
        return (c == '$' || c == '%') && s.at(s.p + 1) == '{';
    }

    void scanString() {
        int c = s.at(s.p);
        if (startsSequence()) {
            s.enterSequence(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, ScanState.Mode.STRING);
            return;
        }
        if (c == '$' || c == '%') {
            int n = signLiteralLength(c);
            if (n == 0) {
                s.emit(TokenType.INVALID, s.p, s.end);
            } else {
                s.emit(TokenType.QUOTED_LIT, s.p, s.p + n);
            }
            return;
        }
        if (c == '"') {
            s.emit(TokenType.C_QUOTE, s.p, s.p + 1);
            s.returnFromMode();
            return;
        }
        if (c == '\n' || c == '\r') {
            int i = s.p;
            while (s.at(i) == '\n' || s.at(i) == '\r') {
                i++;
            }
            s.emit(TokenType.QUOTED_NEWLINE, s.p, i);
            return;
        }
        int i = s.p;
        while (i < s.end) {
            int d = s.at(i);
            if (d == '\\') {
                boolean newline = s.at(i + 1) == '\n' || s.at(i + 1) == '\r';
                int n = newline ? 0 : Utf8.sequenceLength(s.src, i + 1, s.end);
                if (n == 0) {
                    break;
                }
                i += 1 + n;
            } else if (d == '$' || d == '%' || d == '"' || d == '\n' || d == '\r') {
                break;
            } else {
                int n = Utf8.sequenceLength(s.src, i, s.end);
                if (n == 0) {
                    break;
                }
                i += n;
            }
        }
        if (i > s.p) {
            s.emit(TokenType.QUOTED_LIT, s.p, i);
        } else {
            s.emitBadChar();
        }
    }

    /** End of a run of literal characters: not {@code $}, {@code %}, CR, LF, nor invalid UTF-8. */
    private int literalRunEnd(int i) {
        while (i < s.end) {
            int d = s.at(i);
            if (d == '$' || d == '%' || d == '\n' || d == '\r') {
                return i;
            }
            int n = Utf8.sequenceLength(s.src, i, s.end);
            if (n == 0) {
                return i;
            }
            i += n;
        }
        return i;
    }

    void scanHeredoc() {
        int c = s.at(s.p);
        ScanState.Heredoc doc = s.heredocs.peek();
        if (startsSequence()) {
            s.enterSequence(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, ScanState.Mode.HEREDOC);
            return;
        }
        int litEnd;
        if (c == '$' || c == '%') {
            litEnd = s.p + Math.max(1, signLiteralLength(c));
        } else {
            litEnd = literalRunEnd(s.p);
        }
        int nl = s.newlineAt(litEnd);
        if (nl > 0) {
            String line = new String(s.src, s.p, litEnd - s.p, java.nio.charset.StandardCharsets.UTF_8);
            if (doc.startOfLine && line.strip().equals(doc.marker)) {
                s.emit(TokenType.C_HEREDOC, s.p, litEnd);
                s.emit(TokenType.NEWLINE, litEnd, litEnd + nl);
                s.heredocs.pop();
                s.returnFromMode();
                return;
            }
            doc.startOfLine = true;
            s.emit(TokenType.STRING_LIT, s.p, litEnd + nl);
            return;
        }
        if (litEnd > s.p) {
            doc.startOfLine = false;
            s.emit(TokenType.STRING_LIT, s.p, litEnd);
            return;
        }
        doc.startOfLine = false;
        s.emitBadChar();
    }

    void scanBare() {
        int c = s.at(s.p);
        if (startsSequence()) {
            s.enterSequence(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, ScanState.Mode.BARE);
            return;
        }
        int litEnd;
        if (c == '$' || c == '%') {
            litEnd = s.p + Math.max(1, signLiteralLength(c));
        } else {
            litEnd = literalRunEnd(s.p);
        }
        int nl = s.newlineAt(litEnd);
        if (litEnd + nl > s.p) {
            s.emit(TokenType.STRING_LIT, s.p, litEnd + nl);
        } else if (c == '\r') {
            s.emit(TokenType.STRING_LIT, s.p, s.p + 1);
        } else {
            s.emitBadChar();
        }
    }

}
