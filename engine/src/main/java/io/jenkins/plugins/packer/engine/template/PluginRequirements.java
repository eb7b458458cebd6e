package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plugins a template requires ({@code packer { required_plugins { ... } }}) and what this engine, whose
 * components are built in, provides in their place. Used by {@code init} and when loading a template.
 */
public final class PluginRequirements {

    /** One {@code required_plugins} entry: {@code ACCESSOR = { source = "...", version = "..." }}. */
    public record Requirement(String accessor, String source, String version, Range range) {
    }

    private PluginRequirements() {
    }

    /** The requirements of the template at {@code path} (a file or a directory), read as Packer's init does. */
    public static List<Requirement> read(Path path, Diagnostics diags) {
        List<Requirement> out = new ArrayList<>();
        for (ParsedFile f : TemplateFiles.configFiles(path, diags)) {
            for (Block b : f.body().content(Schemas.TOP_LEVEL, diags).blocksOfType("packer")) {
                out.addAll(PackerBlockChecker.requirements(b, diags));
            }
        }
        return out;
    }

    /** The plugin sources whose components this engine provides ({@code github.com/hashicorp/qemu}...). */
    public static Set<String> provided(ComponentRegistry components) {
        Set<String> provided = new TreeSet<>();
        for (ComponentType<?> t : components(components)) {
            if (!t.plugin().isEmpty()) {
                provided.add(t.plugin());
            }
        }
        return provided;
    }

    /** The components standing in for the plugin {@code source}, as {@code builder qemu, ...}. */
    public static List<String> componentsOf(String source, ComponentRegistry components) {
        List<String> out = new ArrayList<>();
        for (ComponentType<?> t : components(components)) {
            if (t.plugin().equals(source)) {
                out.add(t.kind().label() + " " + t.name());
            }
        }
        return out;
    }

    /** The error for a requirement this engine does not provide. */
    public static Diagnostic missing(Requirement r, ComponentRegistry components) {
        Set<String> provided = provided(components);
        return Diagnostic.error("Plugin not provided: " + r.source(), "This engine has its components built in "
                + "and downloads nothing. Plugins whose components it provides: "
                + (provided.isEmpty() ? "none" : String.join(", ", provided)) + ".", r.range());
    }

    private static List<ComponentType<?>> components(ComponentRegistry components) {
        List<ComponentType<?>> all = new ArrayList<>();
        for (ComponentKind k : ComponentKind.values()) {
            all.addAll(components.all(k));
        }
        return all;
    }
}
