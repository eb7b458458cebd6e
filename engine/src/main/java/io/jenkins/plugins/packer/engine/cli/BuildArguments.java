package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.command.Build;
import io.jenkins.plugins.packer.engine.command.TemplateInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Parses {@code build} arguments exactly as {@code jpacker build} does, for callers that run the build in-process
 * (tests, the plugin's in-process checks) with their own working directory and environment.
 */
public final class BuildArguments {

    /** The parsed template inputs and build options (no terminal, no signal handlers). */
    public record Parsed(TemplateInputs inputs, Build.Options options) {
    }

    private BuildArguments() {
    }

    /**
     * @param args what follows {@code jpacker} ({@code -machine-readable} may come first) without the
     *     {@code build} word itself, e.g. {@code ["-only=x", "dir"]}
     * @throws CommandLine.ParameterException for arguments {@code jpacker build} would reject
     */
    public static Parsed parse(List<String> args) {
        List<String> all = new ArrayList<>();
        int i = 0;
        while (i < args.size() && (args.get(i).equals("-machine-readable") || args.get(i).equals("--machine-readable"))) {
            all.add(args.get(i++));
        }
        all.add("build");
        all.addAll(args.subList(i, args.size()));
        PrintWriter sink = new PrintWriter(new StringWriter());
        String[] argv = all.toArray(String[]::new);
        CommandLine.ParseResult r = JPacker.commandLine(sink, sink, argv).parseArgs(argv);
        BuildCommand b = (BuildCommand) r.subcommand().commandSpec().userObject();
        return new Parsed(b.meta.inputs(b.template), b.options(false, false));
    }
}
