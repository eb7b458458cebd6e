package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.build.BuildOptions;
import io.jenkins.plugins.packer.engine.build.BuildOrchestrator;
import io.jenkins.plugins.packer.engine.build.RunEnvironment;
import io.jenkins.plugins.packer.engine.build.RunOutcome;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.SignalCancellation;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.DiagnosticWriter;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.log.StartupTrace;
import io.jenkins.plugins.packer.engine.plan.BuildPlanner;
import io.jenkins.plugins.packer.engine.plan.PlanOptions;
import io.jenkins.plugins.packer.engine.report.ReportDiagnostics;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.OnError;
import io.jenkins.plugins.packer.engine.template.TemplateKind;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.ui.BasicUi;
import io.jenkins.plugins.packer.engine.ui.MachineReadableUi;
import io.jenkins.plugins.packer.engine.ui.Terminal;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code build}: loads the template (running its data sources), plans the builds, runs them with the
 * {@link BuildOrchestrator} and writes the JSON build report when asked ({@code -report FILE} or the host's
 * {@code PACKER_STEPS_REPORT}, see {@link ReportOutput}). Output goes to standard output as in Packer (errors
 * included); the debug log ({@code PACKER_LOG}) to standard error or {@code PACKER_LOG_PATH}.
 */
public final class Build {

    /**
     * The flags of {@code build} besides the template inputs.
     *
     * @param color {@code -color}; colors are used only when standard output is a terminal too
     * @param report {@code -report FILE}, or null
     * @param interactive standard input and output are a terminal: questions can be asked, colors shown
     * @param handleSignals install SIGINT/SIGTERM handlers (the CLI process; not in-process callers)
     */
    public record Options(boolean color, boolean debug, boolean force, boolean timestampUi, boolean machineReadable,
                          int parallelBuilds, OnError onError, boolean warnOnUndeclaredVar, Path report,
                          boolean interactive, boolean handleSignals) {
    }

    private Build() {
    }

    public static int run(TemplateInputs given, Options opts, EngineEnvironment env, PrintStream out,
            PrintStream err) {
        TemplateInputs in = relativeTo(given, env.cwd());
        Clock clock = Clock.systemUTC();
        Instant start = clock.instant();
        Path report = ReportOutput.path(opts.report(), env);
        Diagnostics diags = new Diagnostics();
        if (opts.debug() && opts.machineReadable()) {
            err.println("Error: -debug and -machine-readable are mutually exclusive");
            return 1;
        }
        List<SourceFile> files = List.of();
        BuildPlanner.Plan plan = null;
        String runUuid = env.environment().getOrDefault("PACKER_RUN_UUID", "");
        PlanOptions planOptions = new PlanOptions(in.only(), in.except(),
                runUuid.isEmpty() ? UUID.randomUUID().toString() : runUuid);
        if (TemplateKind.of(in.path()) == TemplateKind.LEGACY_JSON) {
            LegacyLoading.Loaded loaded = LegacyLoading.load(in, env, planOptions, diags);
            files = loaded.files();
            plan = loaded.plan();
        } else {
            TemplateParser.Loaded loaded = TemplateLoading.load(in, env, opts.warnOnUndeclaredVar(), true, diags);
            StartupTrace.mark("template loaded");
            files = loaded.files();
            if (loaded.template() != null && !diags.hasErrors()) {
                plan = BuildPlanner.plan(loaded.template(), env.components(), planOptions, diags);
            }
            StartupTrace.mark("builds planned");
        }
        SecretMasker masker = SecretMasker.of(plan == null ? Set.of() : plan.runSecrets());
        DebugLog log;
        try {
            log = DebugLog.fromEnvironment(env.environment(), err, masker);
        } catch (IOException e) {
            err.println("Error: cannot open PACKER_LOG_PATH: " + e.getMessage());
            return 1;
        }
        Optional<Terminal> terminal = opts.interactive() && !opts.machineReadable() ? Terminal.system()
                : Optional.empty();
        Ui ui = opts.machineReadable() ? new MachineReadableUi(out, clock, masker, log)
                : BasicUi.to(out).withMasker(masker).withLog(log).withTerminal(terminal);
        printDiagnostics(ui, files, diags);
        // as Packer: builds that could be set up run even when others could not; the exit code is then 1
        if (plan == null || plan.builds().isEmpty()) {
            writeReport(report, new BuildReport(BuildReport.SCHEMA_VERSION, BuildReport.BUILD,
                    EngineVersion.current(), start, clock.instant(), BuildStatus.FAILED, 1,
                    ReportDiagnostics.of(diags), List.of()), masker, ui);
            return 1;
        }
        boolean color = opts.color() && opts.interactive() && !opts.machineReadable()
                && !env.environment().containsKey("PACKER_NO_COLOR");
        BuildOptions buildOptions = new BuildOptions(opts.parallelBuilds(), opts.debug(), opts.force(), opts.onError(),
                color, opts.timestampUi());
        CancelToken cancel = CancelToken.create();
        cancel.onActionFailure(t -> log.log("[WARN] cancelling: " + t));
        SignalCancellation signals = opts.handleSignals()
                ? SignalCancellation.install(cancel, ui::error, SignalCancellation.HALT) : null;
        try {
            RunOutcome outcome = new BuildOrchestrator(new RunEnvironment(ui, cancel, masker, log, clock, env.cwd()),
                    buildOptions).run(plan.builds(), diags.asList());
            StartupTrace.mark("builds finished");
            if (report != null) { // assembling the report hashes every artifact file: only when one is asked for
                BuildReport r = outcome.report();
                if (diags.hasErrors() && r.exitCode() == 0) {
                    r = new BuildReport(r.schemaVersion(), r.command(), r.engine(), r.startedAt(), r.endedAt(),
                            BuildStatus.FAILED, 1, r.diagnostics(), r.builds());
                }
                writeReport(report, r, masker, ui);
            }
            return diags.hasErrors() ? 1 : outcome.exitCode();
        } finally {
            if (signals != null) {
                signals.close();
            }
        }
    }

    /**
     * Relative paths are relative to the run's working directory. They are kept as given when that is this
     * process's directory (so {@code path.root} stays relative, as in Packer); an in-process caller with another
     * directory gets them resolved.
     */
    private static TemplateInputs relativeTo(TemplateInputs in, Path cwd) {
        if (cwd.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath().normalize())) {
            return in;
        }
        return new TemplateInputs(cwd.resolve(in.path()), in.varFiles().stream().map(cwd::resolve).toList(),
                in.vars(), in.only(), in.except());
    }

    /** Packer's {@code writeDiags}: errors through the UI's error output, warnings as plain output. */
    private static void printDiagnostics(Ui ui, List<SourceFile> files, Diagnostics diags) {
        DiagnosticWriter writer = new DiagnosticWriter(files, false);
        for (Diagnostic d : diags) {
            String text = writer.render(d).stripTrailing();
            if (d.isError()) {
                ui.error(text + "\n");
            } else {
                ui.say(text + "\n");
            }
        }
    }

    private static void writeReport(Path path, BuildReport report, SecretMasker masker, Ui ui) {
        ReportOutput.write(path, report, masker, ui::error);
    }
}
