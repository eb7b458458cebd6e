package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.config.GoQuote;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code packer inspect} of an HCL2 template, in Packer's layout ({@code printVariables} and
 * {@code printBuilds}): input variables and locals sorted by name with {@link PrintableValue}s, then each build
 * with its description, sources, provisioners and post-processor chains. Values of sensitive variables and
 * locals are replaced by {@code <sensitive>} wherever they appear, as Packer's output filter does.
 */
public final class TemplateInspect {

    private TemplateInspect() {
    }

    /** The text {@code inspect} prints (three UI messages, each ending with a newline). */
    public static String text(Template t) {
        StringBuilder out = new StringBuilder("Packer Inspect: HCL2 mode\n\n");
        out.append("> input-variables:\n\n");
        for (Map.Entry<String, Value> e : new TreeMap<>(t.variableValues()).entrySet()) {
            out.append("var.").append(e.getKey()).append(": ").append(GoQuote.quote(PrintableValue.of(e.getValue())))
                    .append('\n');
        }
        out.append("\n> local-variables:\n\n");
        for (Map.Entry<String, Value> e : new TreeMap<>(t.localValues()).entrySet()) {
            out.append("local.").append(e.getKey()).append(": ")
                    .append(GoQuote.quote(PrintableValue.of(e.getValue()))).append('\n');
        }
        out.append('\n').append(builds(t.outlines())).append('\n');
        return scrub(out.toString(), secrets(t));
    }

    private static String builds(List<BuildOutline> builds) {
        StringBuilder out = new StringBuilder("> builds:\n");
        for (int i = 0; i < builds.size(); i++) {
            BuildOutline b = builds.get(i);
            String name = b.name() == null || b.name().isEmpty() ? "<unnamed build " + i + ">" : b.name();
            out.append("\n  > ").append(name).append(":\n");
            if (b.description() != null && !b.description().isEmpty()) {
                out.append("\n  > Description: ").append(b.description()).append('\n');
            }
            out.append("\n    sources:\n");
            if (b.sources().isEmpty()) {
                out.append("\n      <no source>\n");
            }
            b.sources().forEach(s -> out.append("\n      ").append(s).append('\n'));
            out.append("\n    provisioners:\n\n");
            if (b.provisioners().isEmpty()) {
                out.append("      <no provisioner>\n");
            }
            b.provisioners().forEach(p -> out.append("      ").append(p).append('\n'));
            out.append("\n    post-processors:\n");
            if (b.postProcessors().isEmpty()) {
                out.append("\n      <no post-processor>\n");
            }
            for (int j = 0; j < b.postProcessors().size(); j++) {
                out.append("\n      ").append(j).append(":\n");
                b.postProcessors().get(j).forEach(pp -> out.append("        ").append(pp).append('\n'));
            }
        }
        return out.toString();
    }

    /** The string leaves of sensitive variables and locals: what Packer registers with its output filter. */
    static Set<String> secrets(Template t) {
        Set<String> out = new LinkedHashSet<>();
        for (VariableDecl d : t.variables().values()) {
            Value v = t.variableValues().get(d.name());
            if (d.sensitive() && v != null) {
                leaves(v, out);
            }
        }
        for (LocalDecl l : t.locals()) {
            Value v = t.localValues().get(l.name());
            if (l.sensitive() && v != null) {
                leaves(v, out);
            }
        }
        return out;
    }

    private static void leaves(Value v, Set<String> out) {
        v = v.unmark();
        if (!v.isKnown() || v.isNull()) {
            return;
        }
        if (v.type().isPrimitive()) {
            String s = PrintableValue.of(v);
            if (!s.isEmpty()) {
                out.add(s);
            }
        } else if (v.type() instanceof io.jenkins.plugins.packer.engine.hcl.value.Type.ObjectType
                || v.type() instanceof io.jenkins.plugins.packer.engine.hcl.value.Type.MapType) {
            v.attributes().values().forEach(e -> leaves(e, out));
        } else {
            v.elements().forEach(e -> leaves(e, out));
        }
    }

    /** Packer's secret filter: every occurrence of every secret becomes {@code <sensitive>}, longest first. */
    static String scrub(String text, Set<String> secrets) {
        String out = text;
        for (String s : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            out = out.replace(s, "<sensitive>");
        }
        return out;
    }
}
