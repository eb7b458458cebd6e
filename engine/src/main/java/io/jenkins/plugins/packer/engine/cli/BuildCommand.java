package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.command.Build;
import io.jenkins.plugins.packer.engine.step.OnError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jpacker build}: runs the builds of a template. */
@Command(name = "build", description = "Build image(s) from template.")
final class BuildCommand extends SubCommand {

    @ParentCommand
    JPacker root;

    @Mixin
    MetaArgs meta;

    @Option(names = {"-color", "--color"}, arity = "0..1", fallbackValue = "true", defaultValue = "true",
            description = "Colorize the output (default true; never when standard output is not a terminal).")
    boolean color;

    @Option(names = {"-debug", "--debug"}, arity = "0..1", fallbackValue = "true",
            description = "Debug mode: builds run one at a time and pause between steps.")
    boolean debug;

    @Option(names = {"-force", "--force"}, arity = "0..1", fallbackValue = "true",
            description = "Remove the output of a previous build before building.")
    boolean force;

    @Option(names = {"-timestamp-ui", "--timestamp-ui"}, arity = "0..1", fallbackValue = "true",
            description = "Prefix every UI line with an RFC 3339 timestamp.")
    boolean timestampUi;

    @Option(names = {"-parallel-builds", "--parallel-builds"}, paramLabel = "N", defaultValue = "0",
            description = "Number of builds to run at once; 0 means no limit, 1 runs them one after another.")
    int parallelBuilds;

    @Option(names = {"-on-error", "--on-error"}, paramLabel = "MODE", defaultValue = "cleanup",
            converter = OnErrorConverter.class,
            description = "cleanup (default), abort, ask or run-cleanup-provisioner.")
    OnError onError;

    @Option(names = {"-warn-on-undeclared-var", "--warn-on-undeclared-var"}, arity = "0..1", fallbackValue = "true",
            description = "Warn about values in var files for variables the template does not declare.")
    boolean warnOnUndeclaredVar;

    @Option(names = {"-use-sequential-evaluation", "--use-sequential-evaluation"}, arity = "0..1",
            fallbackValue = "true", description = "Evaluate locals and data sources in file order.")
    boolean useSequentialEvaluation;

    @Option(names = {"-ignore-prerelease-plugins", "--ignore-prerelease-plugins"}, arity = "0..1",
            fallbackValue = "true", description = "Accepted for compatibility; this engine has no external plugins.")
    boolean ignorePrereleasePlugins;

    @Option(names = {"-skip-enforcement", "--skip-enforcement"}, arity = "0..1", fallbackValue = "true",
            description = "Accepted for compatibility; HCP Packer policies are not used.")
    boolean skipEnforcement;

    @Option(names = {"-report", "--report"}, paramLabel = "FILE",
            description = "Write the JSON build report (docs/report.md) to FILE; also set by the environment "
                    + "variable " + HostEnvironment.REPORT + ".")
    Path report;

    @Parameters(arity = "1", paramLabel = "TEMPLATE", description = "A template file or a directory of templates.")
    String template;

    /** The flags as {@link Build.Options}. */
    Build.Options options(boolean interactive, boolean handleSignals) {
        return new Build.Options(color, debug, force, timestampUi, root != null && root.machineReadable,
                parallelBuilds, onError, warnOnUndeclaredVar, report, interactive, handleSignals);
    }

    @Override
    public Integer call() {
        boolean interactive = JPacker.inMainProcess() && System.console() != null;
        Build.Options options = options(interactive, JPacker.inMainProcess());
        PrintStream outStream = JPacker.inMainProcess() ? System.out : WriterStream.of(out());
        PrintStream errStream = JPacker.inMainProcess() ? System.err : WriterStream.of(err());
        Path fromStdin = null;
        try {
            String path = template;
            if (template.equals("-")) {
                fromStdin = readStdin();
                path = fromStdin.toString();
            }
            return Build.run(meta.inputs(path), options, Engine.environment(), outStream, errStream);
        } catch (IOException e) {
            errStream.println("Error: cannot read the template from standard input: " + e.getMessage());
            return ExitCode.ERROR;
        } finally {
            outStream.flush();
            errStream.flush();
            deleteQuietly(fromStdin);
        }
    }

    /** Packer reads a template from standard input when the path is {@code -}: JSON unless -config-type=hcl2. */
    private Path readStdin() throws IOException {
        boolean hcl = meta.configType() == MetaArgs.ConfigType.hcl2;
        Path tmp = Files.createTempFile("jpacker-stdin", hcl ? ".pkr.hcl" : ".json");
        Files.write(tmp, System.in.readAllBytes());
        return tmp;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file; nothing else to do
            }
        }
    }

    static final class OnErrorConverter implements picocli.CommandLine.ITypeConverter<OnError> {
        @Override
        public OnError convert(String value) {
            return OnError.parse(value);
        }
    }
}
