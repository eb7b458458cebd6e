package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.filter.BuildFilter;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.plan.BuildPlanner;
import io.jenkins.plugins.packer.engine.report.ReportDiagnostics;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code validate}: loads the template (HCL2 or legacy JSON), checks every selected build's components and
 * prints diagnostics as Packer does, with Packer's exit codes: 0 and {@code The configuration is valid.} (or,
 * with {@code -syntax-only}, {@code Syntax-only check passed. Everything looks okay.}), else 1. When asked
 * ({@code -report FILE} or the host's {@code PACKER_STEPS_REPORT}) it also writes the JSON report
 * (docs/report.md, {@code command} {@code validate}, no builds) with every error and warning as a diagnostic.
 * The values of sensitive variables are masked in the printed diagnostics and in the report.
 */
public final class Validate {

    static final String VALID = "The configuration is valid.";
    static final String SYNTAX_OK = "Syntax-only check passed. Everything looks okay.";

    /**
     * The flags of {@code validate} besides the template inputs.
     *
     * @param report {@code -report FILE}, or null
     */
    public record Options(boolean syntaxOnly, boolean evaluateDatasources, boolean noWarnUndeclaredVar,
            Path report) {

        /** Without a report file of its own (the host's variable may still ask for one). */
        public Options(boolean syntaxOnly, boolean evaluateDatasources, boolean noWarnUndeclaredVar) {
            this(syntaxOnly, evaluateDatasources, noWarnUndeclaredVar, null);
        }
    }

    /** What a check found besides its diagnostics: the files (to quote), the success text, the secrets. */
    private record Checked(List<SourceFile> files, String success, Set<String> secrets) {
    }

    private Validate() {
    }

    /** Runs with Packer's CLI output: everything on {@code out}, diagnostics quoting their source lines. */
    public static int run(TemplateInputs in, Options opts, EngineEnvironment env, PrintWriter out) {
        return run(in, opts, env, CommandOutput.of(out));
    }

    public static int run(TemplateInputs in, Options opts, EngineEnvironment env, CommandOutput out) {
        Instant start = Instant.now();
        Diagnostics diags = new Diagnostics();
        Checked checked = TemplateKind.of(in.path()) == TemplateKind.LEGACY_JSON ? legacy(in, opts, env, diags)
                : hcl2(in, opts, env, diags);
        SecretMasker masker = SecretMasker.of(checked.secrets());
        int exit = diags.hasErrors() ? 1 : 0;
        ReportOutput.write(ReportOutput.path(opts.report(), env), new BuildReport(BuildReport.SCHEMA_VERSION,
                BuildReport.VALIDATE, EngineVersion.current(), start, Instant.now(),
                exit == 0 ? BuildStatus.SUCCESS : BuildStatus.FAILED, exit, ReportDiagnostics.of(diags), List.of()),
                masker, out::error);
        if (out.diagnostics(checked.files(), diags, masker::mask) != 0) {
            return 1;
        }
        out.say(checked.success());
        return 0;
    }

    private static Checked hcl2(TemplateInputs in, Options opts, EngineEnvironment env, Diagnostics diags) {
        if (opts.syntaxOnly()) {
            List<SourceFile> files = new ArrayList<>(TemplateParser.parseSyntax(in.path(), diags));
            // Packer's parse step reads the var files too: a var file that does not parse fails the check
            for (Path p : in.varFiles()) {
                ParsedFile f = TemplateFiles.varFile(p, diags);
                if (f != null) {
                    files.add(f.source());
                }
            }
            return new Checked(files, SYNTAX_OK, Set.of());
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
        return new Checked(loaded.files(), VALID, t == null ? Set.of() : BuildPlanner.templateSecrets(t));
    }

    private static Checked legacy(TemplateInputs in, Options opts, EngineEnvironment env, Diagnostics diags) {
        LegacyTemplateFile.Loaded loaded = LegacyTemplateFile.load(env.cwd().resolve(in.path()),
                in.path().toString(), diags);
        LegacyTemplate t = loaded.template();
        Set<String> secrets = Set.of();
        if (t != null && !opts.syntaxOnly()) {
            secrets = LegacyValidation.validate(t, in, env, diags);
        }
        return new Checked(loaded.files(), opts.syntaxOnly() ? SYNTAX_OK : VALID, secrets);
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
}
