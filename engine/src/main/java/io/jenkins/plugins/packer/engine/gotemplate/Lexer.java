package io.jenkins.plugins.packer.engine.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a Go template into text and action tokens, applying {@code {{-}} / {@code -}}} trim markers. */
final class Lexer {

    private static final Set<String> KEYWORDS = Set.of("if", "else", "end", "range", "with", "define", "template",
            "block", "break", "continue");

    private final String name;
    private final String src;
    private final List<Token> out = new ArrayList<>();
    private int pos;
    private int line = 1;

    private Lexer(String name, String src) {
        this.name = name;
        this.src = src;
    }

    static List<Token> lex(String name, String src) throws GoTemplateException {
        Lexer l = new Lexer(name, src);
        l.run();
        return l.out;
    }

    private void run() throws GoTemplateException {
        boolean trimNextText = false;
        while (pos < src.length()) {
            int open = src.indexOf("{{", pos);
            String text = open < 0 ? src.substring(pos) : src.substring(pos, open);
            boolean trimLeft = open >= 0 && src.startsWith("{{- ", open) || open >= 0 && src.startsWith("{{-\t", open)
                    || open >= 0 && src.startsWith("{{-\n", open);
            if (trimNextText) {
                text = stripLeading(text);
            }
            if (trimLeft) {
                text = stripTrailing(text);
            }
            if (!text.isEmpty()) {
                out.add(new Token(Token.Kind.TEXT, text, line, pos, text));
            }
            line += count(src, pos, open < 0 ? src.length() : open);
            if (open < 0) {
                pos = src.length();
                break;
            }
            pos = open + (trimLeft ? 3 : 2);
            trimNextText = action();
        }
        out.add(new Token(Token.Kind.EOF, "", line, src.length(), ""));
    }

    /** Lexes one action after its opening delimiter; returns whether it ended with a trim marker. */
    private boolean action() throws GoTemplateException {
        int startLine = line;
        skipSpaces();
        if (src.startsWith("/*", pos)) {
            int end = src.indexOf("*/", pos + 2);
            if (end < 0) {
                throw error(startLine, "unclosed comment");
            }
            line += count(src, pos, end);
            pos = end + 2;
            skipSpaces();
            boolean trim = src.startsWith("-}}", pos);
            if (!trim && !src.startsWith("}}", pos)) {
                throw error(line, "comment ends before closing delimiter");
            }
            pos += trim ? 3 : 2;
            return trim;
        }
        out.add(new Token(Token.Kind.LEFT, "{{", startLine, pos, "{{"));
        while (true) {
            skipSpaces();
            if (pos >= src.length()) {
                throw error(startLine, "unclosed action");
            }
            char c = src.charAt(pos);
            if (src.startsWith("-}}", pos) && pos > 0 && Character.isWhitespace(src.charAt(pos - 1))) {
                out.add(new Token(Token.Kind.RIGHT, "}}", line, pos, "}}"));
                pos += 3;
                return true;
            }
            if (src.startsWith("}}", pos)) {
                out.add(new Token(Token.Kind.RIGHT, "}}", line, pos, "}}"));
                pos += 2;
                return false;
            }
            switch (c) {
                case '|' -> single(Token.Kind.PIPE);
                case '(' -> single(Token.Kind.LPAREN);
                case ')' -> single(Token.Kind.RPAREN);
                case ',' -> single(Token.Kind.COMMA);
                case '=' -> single(Token.Kind.ASSIGN);
                case ':' -> {
                    if (!src.startsWith(":=", pos)) {
                        throw error(line, "expected :=");
                    }
                    out.add(new Token(Token.Kind.DECLARE, ":=", line, pos, ":="));
                    pos += 2;
                }
                case '"' -> quoted();
                case '`' -> raw();
                case '$' -> word(Token.Kind.VARIABLE, pos + 1);
                case '.' -> {
                    if (pos + 1 < src.length() && isIdentStart(src.charAt(pos + 1))) {
                        word(Token.Kind.FIELD, pos + 1);
                    } else {
                        single(Token.Kind.DOT);
                    }
                }
                default -> {
                    if (Character.isDigit(c) || (c == '-' || c == '+') && pos + 1 < src.length()
                            && Character.isDigit(src.charAt(pos + 1))) {
                        number();
                    } else if (isIdentStart(c)) {
                        identifier();
                    } else if (c == '\n') {
                        throw error(line, "unclosed action");
                    } else if (c > ' ' && c < 0x7f) {
                        // Go emits any other printable ASCII character as a token the parser then rejects
                        String q = c == '\\' || c == '"' ? "\\" + c : String.valueOf(c);
                        throw error(line, "unexpected \"" + q + "\" in operand");
                    } else {
                        throw error(line, String.format("unrecognized character in action: U+%04X '%c'", (int) c, c));
                    }
                }
            }
        }
    }

    private void single(Token.Kind k) {
        out.add(new Token(k, String.valueOf(src.charAt(pos)), line, pos, String.valueOf(src.charAt(pos))));
        pos++;
    }

    private void word(Token.Kind k, int from) {
        int end = from;
        while (end < src.length() && isIdentPart(src.charAt(end))) {
            end++;
        }
        out.add(new Token(k, src.substring(from, end), line, pos, src.substring(pos, end)));
        pos = end;
    }

    private void identifier() {
        int end = pos;
        while (end < src.length() && isIdentPart(src.charAt(end))) {
            end++;
        }
        String w = src.substring(pos, end);
        Token.Kind k = KEYWORDS.contains(w) ? Token.Kind.KEYWORD
                : w.equals("true") || w.equals("false") ? Token.Kind.BOOL
                : w.equals("nil") ? Token.Kind.NIL : Token.Kind.IDENT;
        out.add(new Token(k, w, line, pos, w));
        pos = end;
    }

    private void number() {
        int end = pos + 1;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '.'
                || src.charAt(end) == '_')) {
            end++;
        }
        out.add(new Token(Token.Kind.NUMBER, src.substring(pos, end), line, pos, src.substring(pos, end)));
        pos = end;
    }

    private void quoted() throws GoTemplateException {
        StringBuilder sb = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') {
                throw error(line, "unterminated quoted string");
            }
            char c = src.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < src.length()) {
                char e = src.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '\\' -> sb.append('\\');
                    case '"' -> sb.append('"');
                    case '\'' -> sb.append('\'');
                    case 'u' -> {
                        if (i + 4 >= src.length()) {
                            throw error(line, "invalid syntax");
                        }
                        sb.append((char) Integer.parseInt(src.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> throw error(line, "invalid syntax");
                }
            } else {
                sb.append(c);
            }
            i++;
        }
        out.add(new Token(Token.Kind.STRING, sb.toString(), line, pos, src.substring(pos, i + 1)));
        pos = i + 1;
    }

    private void raw() throws GoTemplateException {
        int end = src.indexOf('`', pos + 1);
        if (end < 0) {
            throw error(line, "unterminated raw quoted string");
        }
        out.add(new Token(Token.Kind.RAW_STRING, src.substring(pos + 1, end), line, pos, src.substring(pos, end + 1)));
        line += count(src, pos, end);
        pos = end + 1;
    }

    private void skipSpaces() {
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\r'
                || src.charAt(pos) == '\n')) {
            if (src.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
    }

    private GoTemplateException error(int atLine, String message) {
        return new GoTemplateException("template: " + name + ":" + atLine + ": " + message);
    }
}
