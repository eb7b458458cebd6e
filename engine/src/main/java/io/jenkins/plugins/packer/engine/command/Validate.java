package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.filter.BuildFilter;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.template.BuildBlock;
import io.jenkins.plugins.packer.engine.template.ParsedFile;
import io.jenkins.plugins.packer.engine.template.SourceUse;
import io.jenkins.plugins.packer.engine.template.TemplateFiles;
import io.jenkins.plugins.packer.engine.template.Template;
import io.jenkins.plugins.packer.engine.template.TemplateKind;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.TemplateValidator;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate}: loads the template (HCL2 or legacy JSON), checks every selected build's components and
 * prints diagnostics as Packer does, with Packer's exit codes: 0 and {@code The configuration is valid.} (or,
 * with {@code -syntax-only}, {@code Syntax-only check passed. Everything looks okay.}), else 1.
 */
public final class Validate {

    static final String VALID = "The configuration is valid.";
    static final String SYNTAX_OK = "Syntax-only check passed. Everything looks okay.";

    /** The flags of {@code validate} besides the template inputs. */
    public record Options(boolean syntaxOnly, boolean evaluateDatasources, boolean noWarnUndeclaredVar) {
    }

    private Validate() {
    }

    /** Runs with Packer's CLI output: everything on {@code out}, diagnostics quoting their source lines. */
    public static int run(TemplateInputs in, Options opts, EngineEnvironment env, PrintWriter out) {
        return run(in, opts, env, CommandOutput.of(out));
    }

    public static int run(TemplateInputs in, Options opts, EngineEnvironment env, CommandOutput out) {
        Diagnostics diags = new Diagnostics();
        if (TemplateKind.of(in.path()) == TemplateKind.LEGACY_JSON) {
            return legacy(in, opts, env, out, diags);
        }
        if (opts.syntaxOnly()) {
            List<SourceFile> files = new ArrayList<>(TemplateParser.parseSyntax(in.path(), diags));
            // Packer's parse step reads the var files too: a var file that does not parse fails the check
            for (Path p : in.varFiles()) {
                ParsedFile f = TemplateFiles.varFile(p, diags);
                if (f != null) {
                    files.add(f.source());
                }
            }
            return finish(diags, files, out, SYNTAX_OK);
        }
        TemplateParser.Loaded loaded = TemplateLoading.load(in, env, !opts.noWarnUndeclaredVar(),
                opts.evaluateDatasources(), diags);
        Template t = loaded.template();
        if (t != null && !diags.hasErrors()) {
            warnIgnoredRegistries(t, diags);
            BuildFilter filter = BuildFilter.compile(in.only(), in.except(), diags);
            int ppExcepted = TemplateValidator.validate(t, env.components(), filter::includes, filter::excepted,
                    diags);
            diags.addAll(filter.select(buildNames(t), ppExcepted).diagnostics());
        }
        return finish(diags, loaded.files(), out, VALID);
    }

    private static int legacy(TemplateInputs in, Options opts, EngineEnvironment env, CommandOutput out,
            Diagnostics diags) {
        LegacyTemplateFile.Loaded loaded = LegacyTemplateFile.load(env.cwd().resolve(in.path()),
                in.path().toString(), diags);
        LegacyTemplate t = loaded.template();
        if (t != null && !opts.syntaxOnly()) {
            LegacyValidation.validate(t, in, env, diags);
        }
        return finish(diags, loaded.files(), out, opts.syntaxOnly() ? SYNTAX_OK : VALID);
    }

    private static List<String> buildNames(Template t) {
        List<String> names = new ArrayList<>();
        for (BuildBlock b : t.builds()) {
            for (SourceUse use : b.sources()) {
                names.add(b.buildName(use));
            }
        }
        return names;
    }

    /** This engine publishes nothing to HCP Packer: each checked {@code hcp_packer_registry} block says so. */
    private static void warnIgnoredRegistries(Template t, Diagnostics diags) {
        for (Range r : t.hcpRegistries()) {
            diags.warning("hcp_packer_registry is ignored", "This engine does not publish build metadata to HCP "
                    + "Packer: the block is checked as Packer checks it, then ignored.", r);
        }
    }

    private static int finish(Diagnostics diags, List<SourceFile> files, CommandOutput out, String success) {
        if (out.diagnostics(files, diags) != 0) {
            return 1;
        }
        out.say(success);
        return 0;
    }
}
