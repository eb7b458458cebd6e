package io.jenkins.plugins.packer.engine.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code jpacker} command line: Packer's commands and flags, implemented by the engine.
 *
 * <p>{@link #run(String[], PrintWriter, PrintWriter, Map)} is the whole program without {@link System#exit};
 * tests and the Jenkins plugin's in-process checks call it directly.
 */
@Command(name = "jpacker",
        description = "A Java implementation of HashiCorp Packer's engine and command line.",
        subcommands = {
            BuildCommand.class,
            ConsoleCommand.class,
            FixCommand.class,
            FmtCommand.class,
            Hcl2UpgradeCommand.class,
            InitCommand.class,
            InspectCommand.class,
            ValidateCommand.class,
            VersionCommand.class,
        })
public final class JPacker {

    @Option(names = {"-machine-readable", "--machine-readable"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Produce machine-readable output (timestamp,target,type,data...).")
    boolean machineReadable;

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-v", "-version", "--version"}, description = "Print the version and exit.")
    boolean version;

    @Option(names = "--cds-training", hidden = true,
            description = "Exercise start-up code paths once, for the class-data sharing archive made at build time.")
    boolean cdsTraining;

    private static volatile boolean mainProcess;

    /** True when this JVM is the {@code jpacker} process (signals may be handled, the console used). */
    static boolean inMainProcess() {
        return mainProcess;
    }

    /** The process environment, for commands that read it ({@code PKR_VAR_*}, {@code env()}). */
    Map<String, String> environment = Map.of();

    /** Standard input, for commands that read it ({@code console}). */
    InputStream stdin = InputStream.nullInputStream();

    public static void main(String[] args) {
        mainProcess = true;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line.
     *
     * @return the process exit code ({@link ExitCode})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, InputStream.nullInputStream(), out, err, env);
    }

    /**
     * Runs one command line with {@code in} as standard input.
     *
     * @return the process exit code ({@link ExitCode})
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine cli = commandLine(out, err);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            JPacker root = cli.getCommand();
            root.environment = Map.copyOf(env);
            root.stdin = in;
            if (root.cdsTraining) {
                return train();
            }
            if (parsed.isUsageHelpRequested()) {
                cli.usage(out);
                return ExitCode.OK;
            }
            if (root.version) {
                return cli.getSubcommands().get("version").execute();
            }
            if (!parsed.hasSubcommand()) {
                cli.usage(err);
                return ExitCode.USAGE;
            }
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            if (last.isUsageHelpRequested()) {
                last.commandSpec().commandLine().usage(out);
                return ExitCode.OK;
            }
            return cli.getExecutionStrategy().execute(parsed);
        } catch (ParameterException e) {
            err.println(packerStyle(e));
            e.getCommandLine().usage(err);
            err.flush();
            return ExitCode.ERROR;
        } catch (CommandLine.ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof IllegalArgumentException) {
                err.println("Error: " + cause.getMessage());
            } else {
                err.println("Error: internal error in jpacker: " + cause);
                if (debugLogging(env)) {
                    cause.printStackTrace(err);
                }
            }
            err.flush();
            return ExitCode.ERROR;
        }
    }

    /** Builds the picocli model with Go-flag conventions: no clustering of short flags, {@code -x=v} accepted. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new JPacker());
        cli.setPosixClusteredShortOptionsAllowed(false);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    /** Go's flag package words an unknown flag as {@code flag provided but not defined: -x}; so do we. */
    private static String packerStyle(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-") && first.length() > 1) {
                int eq = first.indexOf('=');
                return "flag provided but not defined: " + (eq > 0 ? first.substring(0, eq) : first);
            }
            return "Too many arguments: " + String.join(" ", u.getUnmatched());
        }
        return e.getMessage();
    }

    private static boolean debugLogging(Map<String, String> env) {
        String log = env.get("PACKER_LOG");
        return log != null && !log.isEmpty() && !"0".equals(log);
    }

    /** Loads the classes of every command's parsing and help rendering, so the CDS archive holds them. */
    private static int train() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine cli = commandLine(sink, sink);
        cli.usage(sink);
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.usage(sink);
        }
        run(new String[] {"version"}, sink, sink, Map.of());
        run(new String[] {"build", "-var", "a=b", "-only=x,y", "-color=false", "t.pkr.hcl"}, sink, sink, Map.of());
        run(new String[] {"validate", "-nosuchflag", "t"}, sink, sink, Map.of());
        CdsTraining.run((args, w) -> run(args, w, w, Map.of()));
        BuildTraining.run();
        io.jenkins.plugins.packer.engine.builder.docker.DockerWarmup.run();
        return ExitCode.OK;
    }
}
