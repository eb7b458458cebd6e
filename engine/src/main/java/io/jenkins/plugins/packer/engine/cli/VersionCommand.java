package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.api.EngineVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code jpacker version}: prints the engine version and the Packer version it follows. */
@Command(name = "version", description = "Prints the jpacker version.")
final class VersionCommand extends SubCommand {

    @ParentCommand
    JPacker root;

    @Override
    public Integer call() {
        EngineVersion v = EngineVersion.current();
        if (root != null && root.machineReadable) {
            long now = System.currentTimeMillis() / 1000;
            out().printf("%d,,version,%s%n", now, v.packerCompatible());
            out().printf("%d,,version-prelease,%n", now);
            out().printf("%d,,version-commit,jpacker-%s%n", now, v.engine());
        } else {
            out().printf("jpacker v%s (Packer v%s compatible)%n", v.engine(), v.packerCompatible());
        }
        out().flush();
        return ExitCode.OK;
    }
}
