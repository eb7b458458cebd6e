package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.command.CommandOutput;
import io.jenkins.plugins.packer.engine.command.Init;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpacker init}: checks {@code required_plugins} against the built-in components; downloads nothing. */
@Command(name = "init", description = "Check the plugins a template requires against the built-in components.")
final class InitCommand extends SubCommand {

    @Mixin
    MetaArgs meta;

    @Option(names = {"-upgrade", "--upgrade"}, arity = "0..1", fallbackValue = "true",
            description = "Accepted for compatibility; nothing is ever downloaded.")
    boolean upgrade;

    @Option(names = {"-force", "--force"}, arity = "0..1", fallbackValue = "true",
            description = "Accepted for compatibility; nothing is ever downloaded.")
    boolean force;

    @Parameters(arity = "1", paramLabel = "TEMPLATE", description = "A template file or a directory of templates.")
    String template;

    @Override
    public Integer call() {
        return Init.run(meta.inputs(template), Engine.environment(), CommandOutput.of(out()));
    }
}
