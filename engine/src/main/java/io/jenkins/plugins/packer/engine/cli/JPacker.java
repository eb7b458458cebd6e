package io.jenkins.plugins.packer.engine.cli;

import io.jenkins.plugins.packer.engine.log.StartupTrace;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
        description = "A Java implementation of HashiCorp Packer's engine and command line.")
public final class JPacker {

    /**
     * The sub-commands in help order. picocli reflects over a command's annotated fields when it is added, which
     * costs a few tens of milliseconds of start-up per command; {@link #commandLine(PrintWriter, PrintWriter,
     * String[])} adds only the one a command line names.
     */
    private static final Map<String, Supplier<SubCommand>> COMMANDS = commands();

    private static Map<String, Supplier<SubCommand>> commands() {
        Map<String, Supplier<SubCommand>> all = new LinkedHashMap<>();
        all.put("build", BuildCommand::new);
        all.put("console", ConsoleCommand::new);
        all.put("fix", FixCommand::new);
        all.put("fmt", FmtCommand::new);
        all.put("hcl2_upgrade", Hcl2UpgradeCommand::new);
        all.put("init", InitCommand::new);
        all.put("inspect", InspectCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("version", VersionCommand::new);
        return Collections.unmodifiableMap(all);
    }

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
        StartupTrace.mark("main");
        // picocli otherwise looks for Groovy's Closure class, which searches every jar on the class path
        System.setProperty("picocli.disable.closures", "true");
        mainProcess = true;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, System.getenv());
        StartupTrace.mark("exit");
        StartupTrace.threads();
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
        CommandLine cli = commandLine(out, err, args);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            StartupTrace.mark("command line parsed");
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
        return commandLine(out, err, new String[0]);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter)}, with only the sub-command {@code args} name when they
     * name one (its first word that is not a flag) and {@code -version} is not asked for; else with all of them.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cli = new CommandLine(new JPacker());
        String named = commandName(args);
        for (Map.Entry<String, Supplier<SubCommand>> c : COMMANDS.entrySet()) {
            if (named == null || named.equals(c.getKey())) {
                cli.addSubcommand(c.getKey(), c.getValue().get());
            }
        }
        cli.setPosixClusteredShortOptionsAllowed(false);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    /** The known sub-command {@code args} run, or null when they run none, another or the root's own flags. */
    private static String commandName(String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) {
                if (!a.equals("-machine-readable") && !a.equals("--machine-readable")) {
                    return null;
                }
            } else {
                return COMMANDS.containsKey(a) ? a : null;
            }
        }
        return null;
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
        mainProcess = false; // the training commands' output goes to the sinks, not to this process's streams
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
