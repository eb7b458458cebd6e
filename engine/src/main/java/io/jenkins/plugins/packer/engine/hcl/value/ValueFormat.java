package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text forms of values and types as Packer shows them.
 *
 * <p>{@link #console} reproduces {@code packer console}: Packer turns the value into plain data (lists for
 * lists, sets and tuples; maps for maps and objects; integers that fit 64 bits as integers, other numbers as
 * float64; null entries of maps and objects are left out) and prints it with its REPL formatter: strings bare at top level and Go-quoted inside collections,
 * numbers in Go's {@code %g}, lists and maps over several lines with two-space indents and sorted keys.
 * An unknown value prints as Packer's unknown placeholder string and a sensitive value as
 * {@code <sensitive>}.
 */
public final class ValueFormat {

    /** What Packer puts in place of a value not known until build time (hcl2helper.UnknownVariableValue). */
    public static final String UNKNOWN_PLACEHOLDER = "74D93920-ED26-11E3-AC10-0800200C9A66";

    /** What Packer shows instead of a sensitive value. */
    public static final String SENSITIVE = "<sensitive>";

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}-]*");

    private ValueFormat() {
    }

    /** {@code v} exactly as {@code packer console} prints it (without the trailing newline). */
    public static String console(Value v) {
        return format(v, false);
    }

    private static String format(Value v, boolean nested) {
        if (v.isSensitive()) {
            return nested && v.type() == Type.STRING ? "\"" + SENSITIVE + "\"" : SENSITIVE;
        }
        if (!v.isKnown()) {
            return nested ? Quote.go(UNKNOWN_PLACEHOLDER) : UNKNOWN_PLACEHOLDER;
        }
        if (v.isNull()) {
            return "null";
        }
        Type t = v.type();
        if (t == Type.STRING) {
            return nested ? Quote.go(v.asString()) : v.asString();
        }
        if (t == Type.NUMBER) {
            return number(v.asNumber());
        }
        if (t == Type.BOOL) {
            return Boolean.toString(v.asBool());
        }
        if (t instanceof Type.MapType || t instanceof Type.ObjectType) {
            return map(v.attributes());
        }
        return list(v.elements());
    }

    private static String list(List<Value> elems) {
        StringBuilder sb = new StringBuilder("[");
        if (!elems.isEmpty()) {
            sb.append('\n');
        }
        for (Value e : elems) {
            sb.append(indent(format(e, true))).append(",\n");
        }
        return sb.append(']').toString();
    }

    private static String map(Map<String, Value> attrs) {
        // Packer's hcl2shim.ConfigValueFromHCL2 drops null entries of maps and objects (not of lists)
        List<String> keys = new ArrayList<>();
        attrs.forEach((k, v) -> {
            if (!v.isNull()) {
                keys.add(k);
            }
        });
        keys.sort(SetOrder::compareCodePoints);
        StringBuilder sb = new StringBuilder("{");
        if (!keys.isEmpty()) {
            sb.append('\n');
        }
        for (String k : keys) {
            sb.append(indent(Quote.go(k) + " = " + format(attrs.get(k), true))).append('\n');
        }
        return sb.append('}').toString();
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        String[] lines = s.split("\n", -1);
        int n = lines.length;
        if (n > 1 && lines[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append("  ").append(lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i]);
        }
        return sb.toString();
    }

    /** A number as packer console prints it: an integer if it fits 64 bits, else Go's {@code %g} of float64. */
    public static String number(BigDecimal n) {
        if (Numbers.fitsLong(n)) {
            return Long.toString(n.longValueExact());
        }
        return GoFloat.formatG(n.doubleValue());
    }

    /** A type as an HCL type expression, as hcl's typeexpr.TypeString writes it: {@code object({a=string})}. */
    public static String typeString(Type t) {
        StringBuilder sb = new StringBuilder();
        writeType(sb, t);
        return sb.toString();
    }

    private static void writeType(StringBuilder sb, Type t) {
        if (t.isDynamic()) {
            sb.append("any");
        } else if (t.isPrimitive()) {
            sb.append(t.friendlyName());
        } else if (t instanceof Type.ListType l) {
            writeType(sb.append("list("), l.element());
            sb.append(')');
        } else if (t instanceof Type.SetType s) {
            writeType(sb.append("set("), s.element());
            sb.append(')');
        } else if (t instanceof Type.MapType m) {
            writeType(sb.append("map("), m.element());
            sb.append(')');
        } else if (t instanceof Type.TupleType tt) {
            sb.append("tuple([");
            for (int i = 0; i < tt.elements().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeType(sb, tt.elements().get(i));
            }
            sb.append("])");
        } else {
            Type.ObjectType o = (Type.ObjectType) t;
            sb.append("object({");
            boolean first = true;
            for (Map.Entry<String, Type> e : o.attributes().entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                String name = e.getKey();
                sb.append(IDENTIFIER.matcher(name).matches() ? name : Quote.go(name)).append('=');
                if (o.optional().contains(name)) {
                    sb.append("optional(");
                    writeType(sb, e.getValue());
                    sb.append(')');
                } else {
                    writeType(sb, e.getValue());
                }
            }
            sb.append("})");
        }
    }
}
