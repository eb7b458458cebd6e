package io.jenkins.plugins.packer.engine.gotemplate;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The parts of Go's fmt package templates need: {@code %v} printing and a {@code Sprintf} for common verbs. */
final class GoFormat {

    private GoFormat() {
    }

    /** {@code fmt.Sprint(v)} for the value kinds templates see. */
    static String value(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return shortest(d);
        }
        if (v instanceof Float f) {
            return shortest(f.doubleValue());
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            boolean first = true;
            for (Object e : c) {
                sb.append(first ? "" : " ").append(value(e));
                first = false;
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("map[");
            boolean first = true;
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                sb.append(first ? "" : " ").append(value(e.getKey())).append(':').append(value(e.getValue()));
                first = false;
            }
            return sb.append(']').toString();
        }
        return v.toString();
    }

    /** Go's %v for a float64. */
    static String shortest(double d) {
        return GoNumbers.formatG(d);
    }

    /** {@code fmt.Sprintf} for %s %v %d %q %t %f %x %X %% (flags and width passed through). */
    static String sprintf(String format, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int argi = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i++;
            while (i < format.length() && "+-# 0123456789.".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            if (i >= format.length()) {
                out.append("%!(NOVERB)");
                break;
            }
            char verb = format.charAt(i);
            String flags = format.substring(start + 1, i);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (argi >= args.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            Object a = args.get(argi++);
            switch (verb) {
                case 'd' -> out.append(String.format("%" + flags + "d", a instanceof Number n ? n.longValue() : a));
                case 'f', 'e', 'g' -> out.append(String.format("%" + flags + verb,
                        a instanceof Number n ? n.doubleValue() : a));
                case 'x', 'X' -> out.append(a instanceof Number n ? String.format("%" + flags + verb, n.longValue())
                        : hex(String.valueOf(a), verb == 'X'));
                case 'q' -> out.append('"').append(String.valueOf(a).replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
                case 't' -> out.append(a);
                default -> out.append(String.format("%" + flags + "s", value(a)));
            }
        }
        if (argi < args.size()) {
            out.append("%!(EXTRA ");
            for (int k = argi; k < args.size(); k++) {
                Object a = args.get(k);
                out.append(k > argi ? ", " : "").append(a == null ? "<nil>" : typeName(a)).append('=').append(value(a));
            }
            out.append(')');
        }
        return out.toString();
    }

    /** The Go type name of a value as templates see it ({@code string}, {@code int}, {@code []interface {}}). */
    static String typeName(Object a) {
        if (a instanceof String) {
            return "string";
        }
        if (a instanceof Long || a instanceof Integer) {
            return "int";
        }
        if (a instanceof Double) {
            return "float64";
        }
        if (a instanceof Boolean) {
            return "bool";
        }
        if (a instanceof Map<?, ?>) {
            return "map[string]interface {}";
        }
        if (a instanceof Collection<?>) {
            return "[]interface {}";
        }
        return a.getClass().getSimpleName();
    }

    private static String hex(String s, boolean upper) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            sb.append(String.format(upper ? "%02X" : "%02x", b));
        }
        return sb.toString();
    }
}
