package io.jenkins.plugins.packer.engine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpacker console}: evaluates expressions read from standard input in a template's context. */
@Command(name = "console", description = "Evaluate expressions in the context of a template.")
final class ConsoleCommand extends SubCommand {

    @Mixin
    MetaArgs meta;

    @Option(names = {"-use-sequential-evaluation", "--use-sequential-evaluation"}, arity = "0..1",
            fallbackValue = "true", description = "Evaluate locals and data sources in file order.")
    boolean useSequentialEvaluation;

    @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "An optional template file or directory.")
    String template;

    @Override
    public Integer call() {
        return notImplementedYet();
    }
}
