package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.command.CommandOutput;
import io.jenkins.plugins.packer.engine.command.Hcl2Upgrade;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpacker hcl2_upgrade}: turns a legacy JSON template into HCL2. */
@Command(name = "hcl2_upgrade", description = "Transform a JSON template into an HCL2 configuration.")
final class Hcl2UpgradeCommand extends SubCommand {

    @Mixin
    MetaArgs meta;

    @Option(names = {"-output-file", "--output-file"}, paramLabel = "PATH",
            description = "Where to write the HCL2 file (default: TEMPLATE.pkr.hcl).")
    String outputFile;

    @Option(names = {"-with-annotations", "--with-annotations"}, arity = "0..1", fallbackValue = "true",
            description = "Add helper comments to the generated file.")
    boolean withAnnotations;

    @Parameters(arity = "1", paramLabel = "TEMPLATE", description = "A legacy JSON template.")
    String template;

    @Override
    public Integer call() {
        return Hcl2Upgrade.run(Path.of(template), outputFile, withAnnotations, Engine.environment(),
                CommandOutput.of(out()));
    }
}
