package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Serialises a wholly known value as JSON the way go-cty's {@code json.Marshal} does for
 * {@code jsonencode}: lists, sets and tuples become arrays, maps and objects become objects with their keys
 * in order, numbers are written in plain decimal, and strings are escaped like Go's {@code encoding/json}
 * (HTML-safe: {@code <}, {@code >} and {@code &} as {@code \u003c}, {@code \u003e}, {@code \u0026}).
 */
final class JsonEncoder {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonEncoder() {
    }

    /** The JSON text of {@code v}, which must be wholly known; marks are ignored. */
    static String encode(Value v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(Value v, StringBuilder sb) {
        if (v.isNull()) {
            sb.append("null");
            return;
        }
        if (!v.isKnown()) {
            throw new IllegalArgumentException("value is not known");
        }
        Type t = v.type();
        if (t == Type.STRING) {
            quote(v.asString(), sb);
        } else if (t == Type.NUMBER) {
            sb.append(number(v.asNumber()));
        } else if (t == Type.BOOL) {
            sb.append(v.asBool());
        } else if (t instanceof Type.ObjectType || t instanceof Type.MapType) {
            object(v.attributes(), sb);
        } else {
            array(v.elements(), sb);
        }
    }

    private static void array(List<Value> elements, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            write(elements.get(i), sb);
        }
        sb.append(']');
    }

    private static void object(Map<String, Value> attributes, StringBuilder sb) {
        sb.append('{');
        Iterator<Map.Entry<String, Value>> it = attributes.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Value> e = it.next();
            quote(e.getKey(), sb);
            sb.append(':');
            write(e.getValue(), sb);
            if (it.hasNext()) {
                sb.append(',');
            }
        }
        sb.append('}');
    }

    /** Plain decimal without exponent or trailing zeros, like big.Float's {@code Text('f', -1)}. */
    static String number(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /** Appends {@code s} as a JSON string with Go's escaping. */
    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, sb);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, sb);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append("\\ufffd"); // invalid UTF-16 becomes the replacement character, as in Go
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void unicodeEscape(char c, StringBuilder sb) {
        sb.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
