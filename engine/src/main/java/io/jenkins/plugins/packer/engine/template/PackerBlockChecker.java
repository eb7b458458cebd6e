package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.version.GoVersion;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.component.ComponentType;
import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code packer {}} block: {@code required_version} against the Packer version this engine follows, and
 * {@code required_plugins} against the components built into it (nothing is ever downloaded).
 */
final class PackerBlockChecker {

    private PackerBlockChecker() {
    }

    /** Checks every {@code required_version}; returns false when this engine does not satisfy one. */
    static boolean checkVersion(Block packer, String engineVersion, Diagnostics diags) {
        BodyContent c = packer.body().partialContent(Schemas.PACKER, new Diagnostics()).content();
        Attribute req = c.attributes().get("required_version");
        if (req == null) {
            return true;
        }
        Value v = req.expression().value(EvalContext.empty(), diags);
        if (!v.isKnown() || v.isNull() || v.type() != Type.STRING) {
            diags.error("Invalid required_version", "required_version must be a version constraint string such "
                    + "as \">= 1.9.0\".", req.expression().range());
            return false;
        }
        try {
            if (!GoVersion.parse(engineVersion).satisfies(v.asString())) {
                diags.error("Unsupported Packer Core version", "This configuration does not support Packer version "
                        + engineVersion + ". To proceed, either choose another supported Packer version or update "
                        + "the root module's version constraint. Version constraints are normally set for good "
                        + "reason, so updating the constraint may lead to other errors or unexpected behavior.",
                        req.expression().range());
                return false;
            }
        } catch (IllegalArgumentException e) {
            diags.error("Invalid version constraint", "This string does not use correct version constraint "
                    + "syntax: " + e.getMessage() + ".", req.expression().range());
            return false;
        }
        return true;
    }

    /**
     * The {@code required_plugins} entries (accessor → source); each must name a plugin whose components this
     * engine provides.
     */
    static Map<String, String> checkPlugins(Block packer, ComponentRegistry components, Diagnostics diags) {
        Map<String, String> found = new LinkedHashMap<>();
        java.util.Set<String> provided = PluginRequirements.provided(components);
        for (PluginRequirements.Requirement r : requirements(packer, diags)) {
            found.put(r.accessor(), r.source());
            if (!provided.contains(r.source())) {
                diags.add(PluginRequirements.missing(r, components));
            }
        }
        return found;
    }

    /** The well-formed entries of the block's {@code required_plugins}; malformed ones are reported. */
    static List<PluginRequirements.Requirement> requirements(Block packer, Diagnostics diags) {
        BodyContent c = packer.body().content(Schemas.PACKER, diags);
        Map<String, PluginRequirements.Requirement> found = new LinkedHashMap<>();
        for (Block rp : c.blocksOfType("required_plugins")) {
            for (Attribute a : rp.body().justAttributes(diags).values()) {
                Value v = a.expression().value(EvalContext.empty(), diags);
                String source = member(v, "source");
                if (found.containsKey(a.name())) {
                    diags.error("Duplicate required_plugin accessor '" + a.name() + "'", "Each plugin accessor in "
                            + "required_plugins must be unique.", a.nameRange());
                    continue;
                }
                String[] parts = source.split("/", -1);
                boolean wellFormed = parts.length >= 3 && parts.length <= 16 && !source.contains("://")
                        && java.util.Arrays.stream(parts).noneMatch(String::isEmpty);
                if (!wellFormed) {
                    found.put(a.name(), null);
                    diags.error("Invalid plugin source", "The source \"" + source + "\" of required plugin \""
                            + a.name() + "\" must be written HOSTNAME/NAMESPACE/NAME, for example "
                            + "github.com/hashicorp/qemu.", a.expression().range());
                    continue;
                }
                found.put(a.name(), new PluginRequirements.Requirement(a.name(), source, member(v, "version"),
                        a.expression().range()));
            }
        }
        return found.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String member(Value v, String name) {
        if (v.isKnown() && !v.isNull() && (v.type() instanceof Type.ObjectType || v.type() instanceof Type.MapType)
                && v.attributes().containsKey(name)) {
            Value s = v.attributes().get(name);
            return s.isKnown() && !s.isNull() && s.type() == Type.STRING ? s.asString() : "";
        }
        return "";
    }
}
