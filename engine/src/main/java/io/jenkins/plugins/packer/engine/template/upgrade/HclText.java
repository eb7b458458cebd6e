package io.jenkins.plugins.packer.engine.template.upgrade;

import io.jenkins.plugins.packer.engine.gotemplate.GoNumbers;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HCL expression text for a value of a legacy JSON template, as Packer writes it: the value turned into an HCL
 * value ({@code hcl2shim.HCL2ValueFromConfigValue}: objects, tuples, strings, numbers, bools, null) and printed
 * by hclwrite's {@code TokensForValue}: strings quoted with {@code \n}, {@code \"}, {@code \\} escapes and
 * {@code ${}}/{@code %{} doubled; numbers in plain decimal; tuples on one line; objects one attribute per line
 * with sorted keys, bare when they are identifiers.
 */
final class HclText {

    private HclText() {
    }

    /** The expression text of {@code v}: {@code String}, {@code Double}, {@code Boolean}, null, list or map. */
    static String value(Object v) {
        StringBuilder sb = new StringBuilder();
        append(v, sb);
        return sb.toString();
    }

    private static void append(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            sb.append('"').append(escape(s)).append('"');
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Double d) {
            sb.append(GoNumbers.formatF(d));
        } else if (v instanceof Number n) {
            sb.append(n);
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(list.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            if (!map.isEmpty()) {
                sb.append('\n');
            }
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                String key = String.valueOf(e.getKey());
                sb.append(HclParser.isValidIdentifier(key) ? key : "\"" + escape(key) + "\"").append(" = ");
                append(e.getValue(), sb);
                sb.append('\n');
            }
            sb.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    /** hclwrite's {@code escapeQuotedStringLit}. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '$', '%' -> {
                    sb.append((char) cp);
                    if (next < s.length() && s.charAt(next) == '{') {
                        sb.append((char) cp);
                    }
                }
                default -> {
                    if (isPrint(cp)) {
                        sb.appendCodePoint(cp);
                    } else if (cp < 0x10000) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.append(String.format("\\U%08x", cp));
                    }
                }
            }
            i = next;
        }
        return sb.toString();
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    private static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
