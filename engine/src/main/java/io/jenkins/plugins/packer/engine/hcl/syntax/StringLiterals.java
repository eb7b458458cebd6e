package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.Token;
import io.jenkins.plugins.packer.engine.hcl.syntax.lex.TokenType;

/**
 * Turns the text of a literal token into its value: in quoted strings the backslash escapes
 * ({@code \n \r \t \" \\}, backslash-u with four and backslash-U with eight hex digits); everywhere
 * {@code $${} and {@code %%{} into {@code ${} and {@code %{}. Bad escapes are reported on their own
 * range, as hashicorp/hcl does.
 */
final class StringLiterals {

    private StringLiterals() {
    }

    static String process(Token tok, Diagnostics diags) {
        boolean quoted = tok.type() == TokenType.QUOTED_LIT;
        String text = tok.text();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                i = escape(text, i, out, tok, diags);
                continue;
            }
            if ((c == '$' || c == '%') && i + 2 < text.length() && text.charAt(i + 1) == c
                    && text.charAt(i + 2) == '{') {
                out.append(c).append('{');
                i += 3;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Handles the escape at {@code text[i]} (a backslash); returns the index after it. */
    private static int escape(String text, int i, StringBuilder out, Token tok, Diagnostics diags) {
        if (i + 1 >= text.length()) {
            diags.error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector "
                    + "character.", sub(tok, text, i, i + 1));
            out.append('\\');
            return i + 1;
        }
        char sel = text.charAt(i + 1);
        switch (sel) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int want = sel == 'u' ? 4 : 8;
                int j = i + 2;
                while (j < text.length() && j - (i + 2) < want && isHex(text.charAt(j))) {
                    j++;
                }
                if (j - (i + 2) != want) {
                    diags.error("Invalid escape sequence", "The \\" + sel + " escape sequence must be followed by "
                            + (want == 4 ? "four" : "eight") + " hexadecimal digits.", sub(tok, text, i, j));
                    out.append(text, i, j);
                    return j;
                }
                long cp = Long.parseLong(text.substring(i + 2, j), 16);
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    diags.error("Invalid escape sequence", String.format("Cannot encode character U+%04x in UTF-8.",
                            cp), sub(tok, text, i, j));
                    out.append(text, i, j);
                    return j;
                }
                out.appendCodePoint((int) cp);
                return j;
            }
            default -> {
                int end = i + 1 + Character.charCount(text.codePointAt(i + 1));
                diags.error("Invalid escape sequence", "The symbol " + Quote.go(text.substring(i + 1, end))
                        + " is not a valid escape sequence selector.", sub(tok, text, i, end));
                out.append(text, i + 1, end);
                return end;
            }
        }
        return i + 2;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The range of {@code text[from, to)} inside a single-line token. */
    private static Range sub(Token tok, String text, int from, int to) {
        Pos s = tok.range().start();
        Pos a = new Pos(s.line(), s.column() + text.codePointCount(0, from),
                s.byteOffset() + utf8Length(text, 0, from));
        Pos b = new Pos(s.line(), s.column() + text.codePointCount(0, to), s.byteOffset() + utf8Length(text, 0, to));
        return new Range(tok.range().filename(), a, b);
    }

    private static int utf8Length(String s, int from, int to) {
        return s.substring(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
