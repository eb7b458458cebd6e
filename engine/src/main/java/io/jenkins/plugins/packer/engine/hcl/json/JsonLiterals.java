package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Decoding of string and number tokens, with diagnostics pointing inside the token. */
final class JsonLiterals {

    static final String BAD_ENCODING_SUMMARY = "Invalid character encoding";
    static final String BAD_ENCODING_DETAIL =
            "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.";

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private JsonLiterals() {
    }

    /** The value of a number token, or null after reporting "Invalid JSON number". */
    static BigDecimal number(String text, Range range, Diagnostics diags) {
        if (NUMBER.matcher(text).matches()) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException | ArithmeticException e) {
                // an exponent beyond what BigDecimal can hold: reported below
            }
        }
        diags.error("Invalid JSON number", "There is a syntax error in the given JSON number.", range);
        return null;
    }

    /**
     * The unescaped value of a string token (its quotes are part of the token), or null after reporting
     * "Invalid JSON string". Ill-formed UTF-8 is reported and replaced by U+FFFD.
     */
    static String string(byte[] src, JsonToken tok, Diagnostics diags) {
        StringBuilder out = new StringBuilder(tok.end() - tok.start());
        Cursor c = new Cursor(tok);
        c.step(1, 1); // opening quote
        while (c.k < tok.end()) {
            int b = src[c.k] & 0xFF;
            if (b == '"') {
                return out.toString(); // the scanner ends a string token at its closing quote
            }
            if (b == '\\') {
                int used = escape(src, c.k, tok.end(), out);
                if (used < 0) {
                    int len = Math.min(-used, tok.end() - c.k);
                    if (len == 2 && Utf8.sequenceLength(src, c.k + 1) > 1) {
                        len = Math.min(1 + Utf8.sequenceLength(src, c.k + 1), tok.end() - c.k);
                    }
                    String seq = new String(src, c.k, len, StandardCharsets.UTF_8);
                    int cols = seq.codePointCount(0, seq.length());
                    stringError(diags, tok, c.range(len, cols), "The escape sequence " + Quote.go(seq)
                            + " is not valid: only \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX are.");
                    return null;
                }
                c.step(used, used);
                continue;
            }
            int n = Utf8.sequenceLength(src, c.k);
            if (n < 0) {
                diags.add(new Diagnostic(Severity.ERROR, BAD_ENCODING_SUMMARY, BAD_ENCODING_DETAIL,
                        c.range(1, 1), tok.range()));
                out.append('\uFFFD');
                c.step(1, 1);
            } else {
                out.appendCodePoint(Utf8.codePoint(src, c.k, n));
                c.step(n, 1);
            }
        }
        boolean controlNext = c.k < src.length && (src[c.k] & 0xFF) < 0x20;
        stringError(diags, tok, c.range(0, 0), controlNext
                ? "The closing quote is missing before the end of the line; a newline or other control"
                        + " character in a string must be written as an escape sequence such as \\n."
                : "The closing quote is missing.");
        return null;
    }

    /**
     * Appends the character of the escape sequence at {@code k} and returns how many bytes it took; or
     * returns minus the length of the invalid sequence.
     */
    private static int escape(byte[] src, int k, int end, StringBuilder out) {
        if (k + 1 >= end) {
            return -1;
        }
        char c = (char) (src[k + 1] & 0xFF);
        switch (c) {
            case '"', '\\', '/' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                int unit = hex4(src, k + 2, end);
                if (unit < 0) {
                    // point at the backslash-u and its digits, up to and including the first bad character
                    int n = 2;
                    while (n < 6 && k + n < end && src[k + n] != '"') {
                        n++;
                        if (Character.digit(src[k + n - 1] & 0xFF, 16) < 0) {
                            break;
                        }
                    }
                    return -n;
                }
                if (Character.isHighSurrogate((char) unit) && k + 12 <= end && src[k + 6] == '\\'
                        && src[k + 7] == 'u') {
                    int low = hex4(src, k + 8, end);
                    if (low >= 0 && Character.isLowSurrogate((char) low)) {
                        out.appendCodePoint(Character.toCodePoint((char) unit, (char) low));
                        return 12;
                    }
                }
                // A lone surrogate is no character; JSON decoders replace it, and so do we.
                out.append(Character.isSurrogate((char) unit) ? '\uFFFD' : (char) unit);
                return 6;
            }
            default -> {
                return -2;
            }
        }
        return 2;
    }

    private static int hex4(byte[] src, int at, int end) {
        if (at + 4 > end) {
            return -1;
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(src[k] & 0xFF, 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static void stringError(Diagnostics diags, JsonToken tok, Range subject, String detail) {
        diags.add(new Diagnostic(Severity.ERROR, "Invalid JSON string",
                "There is a syntax error in the given JSON string. " + detail, subject, tok.range()));
    }

    /** Walks a one-line string token, knowing the byte index and the column of the current character. */
    private static final class Cursor {
        private final Range token;
        private final int tokenStart;
        int k;
        private int columns;

        Cursor(JsonToken tok) {
            this.token = tok.range();
            this.tokenStart = tok.start();
            this.k = tok.start();
        }

        void step(int bytes, int cols) {
            k += bytes;
            columns += cols;
        }

        Range range(int bytes, int cols) {
            Pos s = token.start();
            int byteOffset = s.byteOffset() + (k - tokenStart);
            Pos from = new Pos(s.line(), s.column() + columns, byteOffset);
            Pos to = new Pos(s.line(), s.column() + columns + cols, byteOffset + bytes);
            return new Range(token.filename(), from, to);
        }
    }
}
