package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the meta-arguments of template blocks (names, lists, flags, durations) with typed diagnostics. */
final class Attrs {

    private Attrs() {
    }

    /** The attribute converted to {@code type}; null when absent, null-valued, unknown or wrong (reported). */
    static Value typed(Map<String, Attribute> attrs, String name, Type type, EvalContext ctx, Diagnostics diags) {
        Attribute a = attrs.get(name);
        if (a == null) {
            return null;
        }
        Diagnostics local = new Diagnostics();
        Value v = a.expression().value(ctx, local);
        diags.addAll(local);
        if (local.hasErrors() || v.isNull() || !v.isWhollyKnown()) {
            return null;
        }
        try {
            return Convert.convert(v, type);
        } catch (ConversionException e) {
            diags.error("Incorrect attribute value type", "Inappropriate value for attribute \"" + name + "\": "
                    + e.messageWithPath() + ".", a.expression().range());
            return null;
        }
    }

    static String string(Map<String, Attribute> attrs, String name, EvalContext ctx, Diagnostics diags) {
        Value v = typed(attrs, name, Type.STRING, ctx, diags);
        return v == null ? null : v.unmark().asString();
    }

    static List<String> strings(Map<String, Attribute> attrs, String name, EvalContext ctx, Diagnostics diags) {
        Value v = typed(attrs, name, Type.list(Type.STRING), ctx, diags);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (Value e : v.unmark().elements()) {
                out.add(e.unmark().asString());
            }
        }
        return out;
    }

    static Boolean bool(Map<String, Attribute> attrs, String name, EvalContext ctx, Diagnostics diags) {
        Value v = typed(attrs, name, Type.BOOL, ctx, diags);
        return v == null ? null : v.unmark().asBool();
    }

    static int integer(Map<String, Attribute> attrs, String name, EvalContext ctx, Diagnostics diags) {
        Value v = typed(attrs, name, Type.NUMBER, ctx, diags);
        if (v == null) {
            return 0;
        }
        try {
            return v.unmark().asNumber().intValueExact();
        } catch (ArithmeticException e) {
            diags.error("Incorrect attribute value type", "Inappropriate value for attribute \"" + name
                    + "\": a whole number is required.", attrs.get(name).expression().range());
            return 0;
        }
    }

    static Duration duration(Map<String, Attribute> attrs, String name, EvalContext ctx, Diagnostics diags) {
        String s = string(attrs, name, ctx, diags);
        if (s == null) {
            return null;
        }
        try {
            return GoDuration.parse(s);
        } catch (IllegalArgumentException e) {
            diags.error("Invalid duration", "The value of \"" + name + "\" is not a duration: " + e.getMessage()
                    + ". Write it as Go does, for example \"30s\", \"5m\" or \"1h30m\".",
                    attrs.get(name).expression().range());
            return null;
        }
    }
}
