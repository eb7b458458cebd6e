package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.template.PluginRequirements;
import io.jenkins.plugins.packer.engine.template.TemplateKind;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import java.util.List;
import java.util.Set;

/**
 * {@code init}: Packer installs the plugins of {@code required_plugins}; this engine has its components built in,
 * so it checks each requirement against them, says which components stand in for each plugin, and fails (exit
 * 1) naming the plugins it does not provide. Nothing is downloaded; {@code -upgrade} changes nothing. As in
 * Packer, legacy JSON templates are not supported and a template without requirements is not an error.
 */
public final class Init {

    static final String NO_REQUIREMENTS = "\nNo plugins requirement found, make sure you reference a Packer config\n"
            + "containing a packer.required_plugins block. See\n"
            + "https://www.packer.io/docs/templates/hcl_templates/blocks/packer\nfor more info.";

    private Init() {
    }

    public static int run(TemplateInputs in, EngineEnvironment env, CommandOutput out) {
        Diagnostics diags = new Diagnostics();
        if (TemplateKind.of(in.path()) == TemplateKind.LEGACY_JSON) {
            diags.error("Packer init is supported for HCL2 configuration templates only", "Please manually install "
                    + "plugins or use a HCL2 configuration that will do that for you.", null);
            return out.diagnostics(List.of(), diags);
        }
        List<SourceFile> files = TemplateParser.parseSyntax(in.path(), diags);
        if (diags.hasErrors()) {
            return out.diagnostics(files, diags);
        }
        List<PluginRequirements.Requirement> reqs = PluginRequirements.read(in.path(), diags);
        if (diags.hasErrors()) {
            return out.diagnostics(files, diags);
        }
        if (reqs.isEmpty()) {
            out.say(NO_REQUIREMENTS);
            return 0;
        }
        Set<String> provided = PluginRequirements.provided(env.components());
        Diagnostics missing = new Diagnostics();
        for (PluginRequirements.Requirement r : reqs) {
            if (provided.contains(r.source())) {
                out.say("Plugin " + r.source() + (r.version().isEmpty() ? "" : " (" + r.version() + ")")
                        + " is built into this engine: " + String.join(", ",
                                PluginRequirements.componentsOf(r.source(), env.components())) + ".");
            } else {
                missing.add(PluginRequirements.missing(r, env.components()));
            }
        }
        return out.diagnostics(files, missing);
    }
}
