package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.template.TemplateInspect;
import io.jenkins.plugins.packer.engine.template.TemplateKind;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyInspect;
import java.util.List;

/**
 * {@code inspect}: shows a template's variables, locals and builds in Packer's layout. As in Packer, only a
 * template that cannot be read fails (syntax errors, unknown blocks); problems found while evaluating it (unset
 * variables, unknown sources or components) are not reported: their values show as {@code <unknown>}.
 */
public final class Inspect {

    private Inspect() {
    }

    public static int run(TemplateInputs in, EngineEnvironment env, CommandOutput out) {
        Diagnostics diags = new Diagnostics();
        if (TemplateKind.of(in.path()) == TemplateKind.LEGACY_JSON) {
            LegacyTemplateFile.Loaded loaded = LegacyTemplateFile.load(env.cwd().resolve(in.path()), in.path().toString(),
                    diags);
            if (loaded.template() == null) {
                return out.diagnostics(loaded.files(), diags);
            }
            out.out().print(LegacyInspect.text(loaded.template()));
            out.out().flush();
            return 0;
        }
        List<SourceFile> files = TemplateParser.parseSyntax(in.path(), diags);
        if (diags.hasErrors()) {
            return out.diagnostics(files, diags);
        }
        TemplateParser.Loaded loaded = TemplateLoading.load(in, env, false, diags);
        if (loaded.template() == null) {
            return Math.max(1, out.diagnostics(loaded.files(), diags));
        }
        out.out().print(TemplateInspect.text(loaded.template()));
        out.out().flush();
        return 0;
    }
}
