package io.jenkins.plugins.packer.engine.hcl.syntax.lex;

/**
 * The scanner's normal mode: structure and expressions (identifiers, numbers, comments, operators), the
 * openers of quoted strings and heredocs, and braces, which close template sequences at the right level.
 */
final class MainScanner {

    private final ScanState s;

    MainScanner(ScanState s) {
        this.s = s;
    }

    void scan() {
        int c = s.at(s.p);
        if (c == ' ' || c == '\t') {
            while (s.at(s.p) == ' ' || s.at(s.p) == '\t') {
                s.p++;
            }
            return;
        }
        if (ScanState.isDigit(c)) {
            s.emit(TokenType.NUMBER_LIT, s.p, numberEnd(s.p));
            return;
        }
        int identEnd = s.identEnd(s.p);
        if (identEnd > s.p) {
            s.emit(TokenType.IDENT, s.p, identEnd);
            return;
        }
        switch (c) {
            case '#' -> s.emit(TokenType.COMMENT, s.p, lineCommentEnd(s.p));
            case '/' -> scanSlash();
            case '\n' -> s.emit(TokenType.NEWLINE, s.p, s.p + 1);
            case '\r' -> {
                if (s.at(s.p + 1) == '\n') {
                    s.emit(TokenType.NEWLINE, s.p, s.p + 2);
                } else {
                    s.emit(TokenType.INVALID, s.p, s.p + 1);
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
                if (s.at(s.p + 1) == '.' && s.at(s.p + 2) == '.') {
                    s.emit(TokenType.ELLIPSIS, s.p, s.p + 3);
                } else {
                    s.emit(TokenType.DOT, s.p, s.p + 1);
                }
            }
            case '{' -> {
                s.emit(TokenType.O_BRACE, s.p, s.p + 1);
                s.braces++;
            }
            case '}' -> closeBrace(s.p, s.p + 1, false);
            case '~' -> {
                if (s.at(s.p + 1) == '}') {
                    closeBrace(s.p, s.p + 2, true);
                } else {
                    s.emit(TokenType.BITWISE_NOT, s.p, s.p + 1);
                }
            }
            case '"' -> {
                s.emit(TokenType.O_QUOTE, s.p, s.p + 1);
                s.returnModes.push(ScanState.Mode.MAIN);
                s.mode = ScanState.Mode.STRING;
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
            s.emitBadChar();
        } else {
            s.emit(t, s.p, s.p + 1);
        }
    }

    private void twoChar(int second, TokenType two, int altSecond, TokenType alt, TokenType one) {
        int n = s.at(s.p + 1);
        if (n == second) {
            s.emit(two, s.p, s.p + 2);
        } else if (n == altSecond) {
            s.emit(alt, s.p, s.p + 2);
        } else {
            s.emit(one, s.p, s.p + 1);
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
            int c = s.at(i);
            if (ScanState.isDigit(c)) {
                i++;
                good = i;
            } else if (c == '.') {
                i++;
            } else if ((c == 'e' || c == 'E') && ScanState.isDigit(s.at(i + 1))) {
                i += 2;
                good = i;
            } else if ((c == 'e' || c == 'E') && (s.at(i + 1) == '+' || s.at(i + 1) == '-') && ScanState.isDigit(s.at(i + 2))) {
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
        while (i < s.end && s.src[i] != '\n') {
            i++;
        }
        return i < s.end ? i + 1 : s.end;
    }

    private void scanSlash() {
        if (s.at(s.p + 1) == '/') {
            s.emit(TokenType.COMMENT, s.p, lineCommentEnd(s.p));
            return;
        }
        if (s.at(s.p + 1) == '*') {
            for (int i = s.p + 2; i + 1 < s.end; i++) {
                if (s.src[i] == '*' && s.src[i + 1] == '/') {
                    s.emit(TokenType.COMMENT, s.p, i + 2);
                    return;
                }
            }
            // An unterminated comment is no comment: the slash stands alone, as in hashicorp/hcl.
        }
        s.emit(TokenType.SLASH, s.p, s.p + 1);
    }

    /** {@code <}, {@code <=}, or a heredoc introducer {@code <<EOT} / {@code <<-EOT} plus its newline. */
    private void scanLess() {
        if (s.at(s.p + 1) == '=') {
            s.emit(TokenType.LESS_THAN_EQ, s.p, s.p + 2);
            return;
        }
        if (s.at(s.p + 1) == '<') {
            int identStart = s.p + 2 + (s.at(s.p + 2) == '-' ? 1 : 0);
            int identEnd = s.identEnd(identStart);
            int nl = identEnd > identStart ? s.newlineAt(identEnd) : 0;
            if (nl > 0) {
                String marker = new String(s.src, identStart, identEnd - identStart,
                        java.nio.charset.StandardCharsets.UTF_8);
                s.emit(TokenType.O_HEREDOC, s.p, identEnd + nl);
                s.heredocs.push(new ScanState.Heredoc(marker));
                s.returnModes.push(ScanState.Mode.MAIN);
                s.mode = ScanState.Mode.HEREDOC;
                return;
            }
        }
        s.emit(TokenType.LESS_THAN, s.p, s.p + 1);
    }

    private void closeBrace(int from, int to, boolean tilde) {
        boolean closesSequence = !s.retBraces.isEmpty() && s.retBraces.peek() == s.braces;
        if (closesSequence) {
            s.emit(TokenType.TEMPLATE_SEQ_END, from, to);
            s.braces--;
            s.retBraces.pop();
            s.returnFromMode();
        } else {
            // "~}" that closes no sequence is still a sequence end, so that the parser reports it.
            s.emit(tilde ? TokenType.TEMPLATE_SEQ_END : TokenType.C_BRACE, from, to);
            s.braces--;
        }
    }
}
