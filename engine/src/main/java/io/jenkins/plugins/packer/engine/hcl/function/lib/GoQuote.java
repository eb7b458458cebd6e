package io.jenkins.plugins.packer.engine.hcl.function.lib;

/** Go's {@code %q} of a rune (strconv.QuoteRune), as go-cty's messages print single characters. */
final class GoQuote {

    private GoQuote() {
    }

    static String rune(int c) {
        String body = switch (c) {
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x0B -> "\\v";
            case '\\' -> "\\\\";
            case '\'' -> "\\'";
            default -> printable(c) ? new String(Character.toChars(c))
                    : c < 0x80 ? String.format("\\x%02x", c)
                    : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
        };
        return "'" + body + "'";
    }

    private static boolean printable(int c) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xAD) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.UNASSIGNED && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && (c == ' ' || !Character.isWhitespace(c) && type != Character.SPACE_SEPARATOR);
    }
}
