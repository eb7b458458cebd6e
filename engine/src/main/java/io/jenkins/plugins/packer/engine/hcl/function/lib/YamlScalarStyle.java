package io.jenkins.plugins.packer.engine.hcl.function.lib;

/**
 * The character classes libyaml's emitter uses to choose how to write a string: what counts as a line
 * break, what is printable, and the escape for each character a double-quoted scalar cannot hold raw.
 */
final class YamlScalarStyle {

    private YamlScalarStyle() {
    }

    static boolean isBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** libyaml's "printable": note that tab, carriage return and characters beyond U+FFFF are not. */
    static boolean isPrintable(int cp) {
        return cp == 0x0A || cp >= 0x20 && cp <= 0x7E || cp >= 0xA0 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF;
    }

    static boolean hasLineBreak(String s) {
        return s.codePoints().anyMatch(YamlScalarStyle::isBreak);
    }

    /**
     * Whether a literal block may hold {@code s}: no trailing space, no space right before a line break,
     * and nothing unprintable.
     */
    static boolean blockAllowed(String s) {
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0 || cps[cps.length - 1] == ' ') {
            return false;
        }
        for (int i = 0; i < cps.length; i++) {
            if (!isPrintable(cps[i]) || cps[i] == ' ' && i + 1 < cps.length && isBreak(cps[i + 1])) {
                return false;
            }
        }
        return true;
    }

    /** The escape sequence for {@code cp} inside double quotes, or null when it is written as it is. */
    static String escape(int cp) {
        if (isPrintable(cp) && !isBreak(cp) && cp != '"' && cp != '\\') {
            return null;
        }
        return switch (cp) {
            case 0 -> "\\0";
            case 7 -> "\\a";
            case 8 -> "\\b";
            case 9 -> "\\t";
            case 0x0A -> "\\n";
            case 0x0B -> "\\v";
            case 0x0C -> "\\f";
            case 0x0D -> "\\r";
            case 0x1B -> "\\e";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case 0x85 -> "\\N";
            case 0xA0 -> "\\_";
            case 0x2028 -> "\\L";
            case 0x2029 -> "\\P";
            default -> cp <= 0xFF ? String.format("\\x%02X", cp)
                    : cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp);
        };
    }
}
