package io.jenkins.plugins.packer.engine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpacker fix}: upgrades the fields of an old legacy JSON template. */
@Command(name = "fix", description = "Fixes legacy JSON templates from old versions of Packer.")
final class FixCommand extends SubCommand {

    @Mixin
    MetaArgs meta;

    @Option(names = {"-validate", "--validate"}, arity = "0..1", fallbackValue = "true", defaultValue = "true",
            description = "Validate the fixed template (default true).")
    boolean validate;

    @Parameters(arity = "1", paramLabel = "TEMPLATE", description = "A legacy JSON template.")
    String template;

    @Override
    public Integer call() {
        return notImplementedYet();
    }
}
