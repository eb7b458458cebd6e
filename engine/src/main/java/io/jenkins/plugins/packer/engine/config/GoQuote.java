package io.jenkins.plugins.packer.engine.config;

/** Go's {@code strconv.Quote} escaping, for error messages that quote values as Go does ({@code %q}). */
public final class GoQuote {

    private GoQuote() {
    }

    /** {@code strconv.Quote(s)}: a double-quoted Go string literal. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> sb.append(cp == '"' ? "\\\"" : escapeRune(cp)));
        return sb.append('"').toString();
    }

    /** One character as it appears inside a quoted Go literal (without escaping quotes). */
    public static String escapeRune(int cp) {
        switch (cp) {
            case 7: return "\\a";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case 11: return "\\v";
            case '\\': return "\\\\";
            default:
                break;
        }
        if (isPrint(cp)) {
            return new String(Character.toChars(cp));
        }
        if (cp < 0x80) {
            return String.format("\\x%02x", cp);
        }
        if (cp < 0x10000) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }

    /** An approximation of Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols, U+0020. */
    private static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 0x20 || cp == 0x7f || cp >= 0x80 && cp < 0xa0 || cp == 0xad) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
