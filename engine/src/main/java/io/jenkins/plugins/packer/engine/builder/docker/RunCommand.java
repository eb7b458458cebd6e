package io.jenkins.plugins.packer.engine.builder.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Packer's {@code run_command} ({@code docker run} arguments) into a {@link ContainerSpec}, since this
 * engine creates the container through the Engine API instead of running the docker CLI. The options below are
 * understood; any other is an error naming it, never silently dropped.
 */
public final class RunCommand {

    /** The options understood, for messages and docs. */
    public static final List<String> SUPPORTED = List.of("-d/--detach", "-i/--interactive", "-t/--tty",
            "--entrypoint", "-e/--env", "-u/--user", "-w/--workdir", "-h/--hostname", "--name", "-l/--label",
            "-v/--volume", "--tmpfs", "--device", "--cap-add", "--cap-drop", "--privileged", "--network/--net",
            "--platform", "--runtime", "--init", "--rm");

    private static final List<String> WITH_VALUE = List.of("--entrypoint", "-e", "--env", "-u", "--user", "-w",
            "--workdir", "-h", "--hostname", "--name", "-l", "--label", "-v", "--volume", "--tmpfs", "--device",
            "--cap-add", "--cap-drop", "--network", "--net", "--platform", "--runtime");

    private static final List<String> FLAGS = List.of("-d", "--detach", "-i", "--interactive", "-t", "--tty",
            "--privileged", "--init", "--rm");

    private RunCommand() {
    }

    /** The first problem of {@code args} (unknown option, missing value or image), or null. */
    public static String check(List<String> args) {
        try {
            parse(args);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Parses {@code args} (with {@code {{.Image}}} already replaced).
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static ContainerSpec parse(List<String> args) {
        Builder b = new Builder();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (WITH_VALUE.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("run_command option " + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                b.option(name, value);
            } else if (!a.startsWith("--") && a.length() > 2 && a.chars().skip(1).allMatch(c -> "dit".indexOf(c) >= 0)) {
                a.chars().skip(1).forEach(c -> b.flag("-" + (char) c));
            } else {
                if (!FLAGS.contains(name)) {
                    throw unsupported(name);
                }
                if (value != null && !value.equals("true")) {
                    throw new IllegalArgumentException("run_command option " + a + ": only true is supported");
                }
                b.flag(name);
            }
            i++;
        }
        if (i >= args.size()) {
            throw new IllegalArgumentException("run_command has no image: put {{.Image}} after the options");
        }
        b.image = args.get(i);
        b.cmd.addAll(args.subList(i + 1, args.size()));
        return b.build();
    }

    private static final class Builder {
        String image;
        List<String> entrypoint;
        final List<String> cmd = new ArrayList<>();
        boolean tty;
        boolean stdin;
        boolean privileged;
        boolean init;
        String user;
        String workdir;
        String hostname;
        String name;
        String network;
        String platform;
        String runtime;
        final List<String> env = new ArrayList<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        final List<String> binds = new ArrayList<>();
        final Map<String, String> tmpfs = new LinkedHashMap<>();
        final List<String> devices = new ArrayList<>();
        final List<String> capAdd = new ArrayList<>();
        final List<String> capDrop = new ArrayList<>();

        void flag(String f) {
            switch (f) {
                case "-d", "--detach", "--rm" -> { }
                case "-i", "--interactive" -> stdin = true;
                case "-t", "--tty" -> tty = true;
                case "--privileged" -> privileged = true;
                case "--init" -> init = true;
                default -> throw unsupported(f);
            }
        }

        void option(String o, String v) {
            switch (o) {
                case "--entrypoint" -> entrypoint = v.isEmpty() ? List.of() : List.of(v);
                case "-e", "--env" -> env.add(v);
                case "-u", "--user" -> user = v;
                case "-w", "--workdir" -> workdir = v;
                case "-h", "--hostname" -> hostname = v;
                case "--name" -> name = v;
                case "-l", "--label" -> {
                    int eq = v.indexOf('=');
                    labels.put(eq < 0 ? v : v.substring(0, eq), eq < 0 ? "" : v.substring(eq + 1));
                }
                case "-v", "--volume" -> binds.add(v);
                case "--tmpfs" -> tmpfs(tmpfs, v);
                case "--device" -> devices.add(v);
                case "--cap-add" -> capAdd.add(v);
                case "--cap-drop" -> capDrop.add(v);
                case "--network", "--net" -> network = v;
                case "--platform" -> platform = v;
                case "--runtime" -> runtime = v;
                default -> throw unsupported(o);
            }
        }

        ContainerSpec build() {
            return new ContainerSpec(image, entrypoint, List.copyOf(cmd), tty, stdin, user, workdir, List.copyOf(env),
                    labels, hostname, name, network, List.copyOf(binds), tmpfs, List.copyOf(devices),
                    List.copyOf(capAdd), List.copyOf(capDrop), privileged, runtime, platform, init);
        }
    }

    /** Adds a {@code --tmpfs PATH[:OPTIONS]} mount. */
    static void tmpfs(Map<String, String> mounts, String spec) {
        int colon = spec.indexOf(':');
        mounts.put(colon < 0 ? spec : spec.substring(0, colon), colon < 0 ? "" : spec.substring(colon + 1));
    }

    private static IllegalArgumentException unsupported(String option) {
        return new IllegalArgumentException("run_command option " + option + " is not supported by this engine "
                + "(it creates the container through the Docker Engine API; supported: " + String.join(", ", SUPPORTED)
                + ")");
    }
}
