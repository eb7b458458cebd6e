package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.command.Validate;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpacker validate}: checks that a template is valid. */
@Command(name = "validate", description = "Check that a template is valid.")
final class ValidateCommand extends SubCommand {

    @Mixin
    MetaArgs meta;

    @Option(names = {"-syntax-only", "--syntax-only"}, arity = "0..1", fallbackValue = "true",
            description = "Check the syntax only; do not verify the configuration.")
    boolean syntaxOnly;

    @Option(names = {"-evaluate-datasources", "--evaluate-datasources"}, arity = "0..1", fallbackValue = "true",
            description = "Execute data sources during validation.")
    boolean evaluateDatasources;

    @Option(names = {"-no-warn-undeclared-var", "--no-warn-undeclared-var"}, arity = "0..1", fallbackValue = "true",
            description = "Do not warn about var-file values for undeclared variables.")
    boolean noWarnUndeclaredVar;

    @Option(names = {"-use-sequential-evaluation", "--use-sequential-evaluation"}, arity = "0..1",
            fallbackValue = "true", description = "Evaluate locals and data sources in file order.")
    boolean useSequentialEvaluation;

    @Option(names = {"-ignore-prerelease-plugins", "--ignore-prerelease-plugins"}, arity = "0..1",
            fallbackValue = "true", description = "Accepted for compatibility; this engine has no external plugins.")
    boolean ignorePrereleasePlugins;

    @Option(names = {"-report", "--report"}, paramLabel = "FILE",
            description = "Write the JSON report (docs/report.md) with every error and warning to FILE; also set by "
                    + "the environment variable " + HostEnvironment.REPORT + ".")
    Path report;

    @Parameters(arity = "1", paramLabel = "TEMPLATE", description = "A template file or a directory of templates.")
    String template;

    @Override
    public Integer call() {
        return Validate.run(meta.inputs(template), new Validate.Options(syntaxOnly, evaluateDatasources,
                noWarnUndeclaredVar, report), Engine.environment(), out());
    }
}
