package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.json.JsonToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits JSON source into tokens with exact ranges, as hashicorp/hcl's JSON scanner does: it is lax about
 * the content of strings, numbers and keywords (the parser validates them, which gives better messages)
 * and stops at the first byte that cannot start a token.
 *
 * <p>Positions: a newline starts a new line; a carriage return takes no column (it is assumed to come
 * with a newline); a tab counts as two columns, as in hcl's JSON scanner; inside strings each Unicode code
 * point is one column, and a byte that is not part of well-formed UTF-8 counts as one column.
 */
final class JsonScanner {

    private final byte[] src;
    private final String filename;
    private int i;
    private int line;
    private int column;
    private final int byteBase;

    private JsonScanner(byte[] src, String filename, Pos start) {
        this.src = src;
        this.filename = filename;
        this.line = start.line();
        this.column = start.column();
        this.byteBase = start.byteOffset();
    }

    /** All tokens of {@code src}, always ending with an EOF token. */
    static List<JsonToken> scan(byte[] src, String filename, Pos start) {
        return new JsonScanner(src, filename, start).run();
    }

    private List<JsonToken> run() {
        List<JsonToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            Pos from = pos();
            int begin = i;
            if (i >= src.length) {
                tokens.add(new JsonToken(Kind.EOF, i, i, new Range(filename, from, from)));
                return tokens;
            }
            int b = src[i] & 0xFF;
            Kind punct = punctuation(b);
            if (punct != null) {
                advanceAscii(1);
                tokens.add(new JsonToken(punct, begin, i, new Range(filename, from, pos())));
            } else if (b == '"') {
                scanString();
                tokens.add(new JsonToken(Kind.STRING, begin, i, new Range(filename, from, pos())));
            } else if (canStartNumber(b)) {
                while (i < src.length && isNumberByte(src[i] & 0xFF)) {
                    advanceAscii(1);
                }
                tokens.add(new JsonToken(Kind.NUMBER, begin, i, new Range(filename, from, pos())));
            } else if (isLetter(b)) {
                while (i < src.length && (isLetter(src[i] & 0xFF) || src[i] == '_')) {
                    advanceAscii(1);
                }
                tokens.add(new JsonToken(Kind.KEYWORD, begin, i, new Range(filename, from, pos())));
            } else {
                // Nothing can start here; like hcl, stop scanning with a synthetic EOF after it.
                advanceCharacter();
                Pos to = pos();
                tokens.add(new JsonToken(Kind.INVALID, begin, i, new Range(filename, from, to)));
                tokens.add(new JsonToken(Kind.EOF, i, i, new Range(filename, to, to)));
                return tokens;
            }
        }
    }

    private void skipWhitespace() {
        while (i < src.length) {
            switch (src[i]) {
                case ' ' -> advanceAscii(1);
                case '\n' -> {
                    i++;
                    line++;
                    column = 1;
                }
                case '\r' -> i++;
                case '\t' -> {
                    i++;
                    column += 2;
                }
                default -> {
                    return;
                }
            }
        }
    }

    /**
     * Consumes a string token up to its closing quote, or up to (not including) a control character or the
     * end of input when the string is unterminated; the parser diagnoses what is wrong inside it.
     */
    private void scanString() {
        advanceAscii(1);
        boolean escaping = false;
        while (i < src.length) {
            int b = src[i] & 0xFF;
            if (b == '\\') {
                escaping = !escaping;
                advanceAscii(1);
            } else if (b == '"') {
                advanceAscii(1);
                if (!escaping) {
                    return;
                }
                escaping = false;
            } else if (b < 0x20) {
                return;
            } else {
                advanceCharacter();
                escaping = false;
            }
        }
    }

    private void advanceAscii(int n) {
        i += n;
        column += n;
    }

    /** One code point, or one byte when the bytes here are not well-formed UTF-8. */
    private void advanceCharacter() {
        int n = Utf8.sequenceLength(src, i);
        i += n < 0 ? 1 : n;
        column++;
    }

    private Pos pos() {
        return new Pos(line, column, byteBase + i);
    }

    private static Kind punctuation(int b) {
        return switch (b) {
            case '{' -> Kind.BRACE_OPEN;
            case '}' -> Kind.BRACE_CLOSE;
            case '[' -> Kind.BRACKET_OPEN;
            case ']' -> Kind.BRACKET_CLOSE;
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case '=' -> Kind.EQUALS;
            default -> null;
        };
    }

    /** Like hcl: a little laxer than JSON ({@code +} and {@code .}) so the parser can say what is wrong. */
    private static boolean canStartNumber(int b) {
        return b == '-' || b == '+' || b == '.' || (b >= '0' && b <= '9');
    }

    private static boolean isNumberByte(int b) {
        return canStartNumber(b) || b == 'e' || b == 'E';
    }

    private static boolean isLetter(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
