package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.config.GoQuote;
import io.jenkins.plugins.packer.engine.gotemplate.GoNumbers;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packer's {@code PrintableCtyValue}, how {@code inspect} and {@code console} show values: {@code <unknown>} for
 * a value not wholly known; otherwise the value as Go data ({@code hcl2shim.ConfigValueFromHCL2}) in the layout
 * of Packer's {@code repl.FormatResult}: a string as is at the top and quoted inside collections, whole numbers
 * as integers, other numbers as Go's {@code %g}, lists and maps over several lines with two-space indentation
 * (list items end with a comma, map keys are quoted and sorted), {@code null}.
 */
public final class PrintableValue {

    private PrintableValue() {
    }

    public static String of(Value v) {
        if (!v.isWhollyKnown()) {
            return "<unknown>";
        }
        return format(v, false);
    }

    private static String format(Value v, boolean nested) {
        v = v.unmark();
        if (v.isNull()) {
            return "null";
        }
        Type t = v.type();
        if (t.equals(Type.STRING)) {
            return nested ? GoQuote.quote(v.asString()) : v.asString();
        }
        if (t.equals(Type.NUMBER)) {
            return number(v.asNumber());
        }
        if (t.equals(Type.BOOL)) {
            return v.asBool() ? "true" : "false";
        }
        if (t instanceof Type.ObjectType || t instanceof Type.MapType) {
            return map(new TreeMap<>(v.attributes()));
        }
        return list(v.elements());
    }

    private static String number(BigDecimal n) {
        try {
            return Long.toString(n.longValueExact());
        } catch (ArithmeticException e) {
            return GoNumbers.formatG(n.doubleValue());
        }
    }

    private static String list(List<Value> items) {
        StringBuilder sb = new StringBuilder("[");
        if (!items.isEmpty()) {
            sb.append('\n');
        }
        for (Value item : items) {
            sb.append(indent(format(item, true))).append(",\n");
        }
        return sb.append(']').toString();
    }

    private static String map(Map<String, Value> entries) {
        StringBuilder sb = new StringBuilder("{");
        if (!entries.isEmpty()) {
            sb.append('\n');
        }
        entries.forEach((k, v) -> sb.append(indent(GoQuote.quote(k) + " = " + format(v, true))).append('\n'));
        return sb.append('}').toString();
    }

    /** Two spaces before every line (Go's bufio line scanning: a final newline adds no empty line). */
    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        String[] lines = s.split("\n", -1);
        int n = s.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append("  ").append(lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1)
                    : lines[i]);
        }
        return sb.toString();
    }
}
