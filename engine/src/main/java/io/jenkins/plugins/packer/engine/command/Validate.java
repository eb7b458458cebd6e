package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.filter.BuildFilter;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.DiagnosticWriter;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.template.TemplateKind;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.TemplateValidator;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code validate}: loads the template, checks every selected build's components, prints diagnostics as Packer
 * does (on standard output) and answers with Packer's exit codes.
 */
public final class Validate {

    /** The flags of {@code validate} besides the template inputs. */
    public record Options(boolean syntaxOnly, boolean evaluateDatasources, boolean noWarnUndeclaredVar) {
    }

    private Validate() {
    }

    public static int run(TemplateInputs in, Options opts, EngineEnvironment env, PrintWriter out) {
        Diagnostics diags = new Diagnostics();
        if (TemplateKind.of(in.path()) == TemplateKind.LEGACY_JSON) {
            diags.error("Legacy JSON templates are not supported yet",
                    "This engine does not read legacy JSON templates yet. Convert the template with Packer's "
                            + "`packer hcl2_upgrade " + in.path() + "`, or use an HCL2 template (.pkr.hcl).", null);
            return finish(diags, List.of(), out, null);
        }
        if (opts.syntaxOnly()) {
            List<SourceFile> files = TemplateParser.parseSyntax(in.path(), diags);
            return finish(diags, files, out, "Syntax-only check passed. Everything looks okay.");
        }
        TemplateParser.Loaded loaded = TemplateLoading.load(in, env, !opts.noWarnUndeclaredVar(), diags);
        if (loaded.template() != null && !diags.hasErrors()) {
            BuildFilter filter = BuildFilter.compile(in.only(), in.except(), diags);
            TemplateValidator.validate(loaded.template(), env.components(), filter::includes, diags);
        }
        return finish(diags, loaded.files(), out, "The configuration is valid.");
    }

    private static int finish(Diagnostics diags, List<SourceFile> files, PrintWriter out, String success) {
        out.print(new DiagnosticWriter(files, false).render(diags));
        if (diags.hasErrors()) {
            out.flush();
            return 1;
        }
        if (success != null) {
            out.println(success);
        }
        out.flush();
        return 0;
    }
}
