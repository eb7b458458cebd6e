package io.jenkins.plugins.packer.engine.template.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code packer inspect} of a legacy template: Packer's "JSON mode" layout (description, required variables,
 * optional variables with aligned defaults, builders, provisioners, and the closing note). Defaults equal to a
 * sensitive variable's default are shown as {@code <sensitive>}: Packer means to do that too, but whether it
 * does for a non-sensitive variable depends on Go's random map order (it overwrites the sensitive default while
 * comparing); this engine always masks.
 */
public final class LegacyInspect {

    private LegacyInspect() {
    }

    /** The text {@code packer inspect} prints for {@code t}, ending with a newline. */
    public static String text(LegacyTemplate t) {
        List<String> out = new ArrayList<>();
        out.add("Packer Inspect: JSON mode");
        if (!t.description().isEmpty()) {
            out.add("Description:\n");
            out.add(t.description() + "\n");
        }
        TreeMap<String, LegacyVariable> vars = new TreeMap<>(t.variables());
        if (vars.isEmpty()) {
            out.add("Variables:\n");
            out.add("  <No variables>");
        } else {
            Set<String> sensitiveDefaults = new java.util.HashSet<>();
            t.variables().values().stream().filter(LegacyVariable::sensitive)
                    .forEach(v -> sensitiveDefaults.add(v.defaultValue()));
            boolean header = false;
            for (LegacyVariable v : vars.values()) {
                if (v.required()) {
                    if (!header) {
                        out.add("Required variables:\n");
                        header = true;
                    }
                    out.add("  " + v.name());
                }
            }
            if (header) {
                out.add("");
            }
            out.add("Optional variables and their defaults:\n");
            int max = vars.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (LegacyVariable v : vars.values()) {
                if (v.required()) {
                    continue;
                }
                String shown = sensitiveDefaults.contains(v.defaultValue()) ? "<sensitive>" : v.defaultValue();
                out.add("  " + v.name() + " ".repeat(max - v.name().length()) + " = " + shown);
            }
        }
        out.add("");
        out.add("Builders:\n");
        if (t.builders().isEmpty()) {
            out.add("  <No builders>");
        } else {
            TreeMap<String, LegacyBuilder> builders = new TreeMap<>(t.builders());
            int max = builders.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (LegacyBuilder b : builders.values()) {
                String line = "  " + b.name() + " ".repeat(max - b.name().length());
                out.add(b.name().equals(b.type()) ? line : line + " (" + b.type() + ")");
            }
        }
        out.add("");
        out.add("Provisioners:\n");
        if (t.provisioners().isEmpty()) {
            out.add("  <No provisioners>");
        } else {
            t.provisioners().forEach(p -> out.add("  " + p.type()));
        }
        out.add("\nNote: If your build names contain user variables or template\n"
                + "functions such as 'timestamp', these are processed at build time,\n"
                + "and therefore only show in their raw form here.");
        return String.join("\n", out) + "\n";
    }
}
