package io.jenkins.plugins.packer.engine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Common plumbing of the sub-commands: output streams and the answer of a command not built yet. */
abstract class SubCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Answers a command whose implementation has not landed yet: says so plainly and fails, so no
     * pipeline mistakes it for a success.
     */
    int notImplementedYet() {
        err().printf("Error: 'jpacker %s' is not implemented yet in this engine version.%n"
                + "See docs/compatibility.md for what works today.%n", spec.name());
        err().flush();
        return ExitCode.ERROR;
    }
}
