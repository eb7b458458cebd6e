package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Numbers;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Map;

/**
 * The JSON text of a wholly known value as go-cty's json.Marshal writes it (used by format's %v and %#v):
 * compact, object keys sorted, numbers in plain decimal, strings escaped as Go's encoding/json does
 * (including {@code <}, {@code >}, {@code &}, U+2028 and U+2029).
 */
final class JsonText {

    private JsonText() {
    }

    static String of(Value v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Value v) {
        if (!v.isKnown()) {
            throw new IllegalArgumentException("value is not known");
        }
        if (v.isNull()) {
            sb.append("null");
            return;
        }
        Type t = v.type();
        if (t.equals(Type.STRING)) {
            quote(sb, v.asString());
        } else if (t.equals(Type.NUMBER)) {
            sb.append(Numbers.toText(v.asNumber()));
        } else if (t.equals(Type.BOOL)) {
            sb.append(v.asBool());
        } else if (t instanceof Type.MapType || t instanceof Type.ObjectType) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
                sb.append(first ? "" : ",");
                quote(sb, e.getKey());
                sb.append(':');
                write(sb, e.getValue());
                first = false;
            }
            sb.append('}');
        } else {
            sb.append('[');
            boolean first = true;
            for (Value e : v.elements()) {
                sb.append(first ? "" : ",");
                write(sb, e);
                first = false;
            }
            sb.append(']');
        }
    }

    /** A JSON string literal as Go's encoding/json writes it. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
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
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !validPair(s, i)) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
