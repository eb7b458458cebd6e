package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.command.CommandOutput;
import io.jenkins.plugins.packer.engine.command.Inspect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpacker inspect}: prints the variables, sources and builds of a template. */
@Command(name = "inspect", description = "See components of a template.")
final class InspectCommand extends SubCommand {

    @Mixin
    MetaArgs meta;

    @Option(names = {"-use-sequential-evaluation", "--use-sequential-evaluation"}, arity = "0..1",
            fallbackValue = "true", description = "Evaluate locals and data sources in file order.")
    boolean useSequentialEvaluation;

    @Parameters(arity = "1", paramLabel = "TEMPLATE", description = "A template file or a directory of templates.")
    String template;

    @Override
    public Integer call() {
        return Inspect.run(meta.inputs(template), Engine.environment(), CommandOutput.of(out()));
    }
}
