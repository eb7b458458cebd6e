package io.jenkins.plugins.packer.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops the engine of an aborted build on its agent: finds the engine JVM by the run token on its command line,
 * asks it to stop (SIGTERM, so the engine can tear down cloud resources), waits up to a bound, then kills it and
 * every process it started. Runs on the agent (through a controller-to-agent callable) or locally in tests.
 */
public final class EngineStopper {

    /** How long the engine gets to clean up after SIGTERM by default. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(5);

    private EngineStopper() {
    }

    /** What happened. {@code found} 0 means no engine with that token was running. */
    public record Result(int found, int terminatedGracefully, int killed) {
    }

    /** The live processes whose command line carries {@code -D<token property>=<token>}. */
    public static List<ProcessHandle> find(String runToken) {
        String marker = "-D" + EngineContract.RUN_TOKEN_PROPERTY + "=" + runToken;
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> {
            Optional<String[]> args = p.info().arguments();
            boolean match = args.isPresent() ? List.of(args.get()).contains(marker)
                    : p.info().commandLine().map(c -> c.contains(marker)).orElse(false);
            if (match && p.isAlive()) {
                found.add(p);
            }
        });
        return found;
    }

    /** Stops every engine process of {@code runToken}: SIGTERM, wait up to {@code grace}, then kill the trees. */
    public static Result stop(String runToken, Duration grace) throws InterruptedException {
        List<ProcessHandle> engines = find(runToken);
        List<ProcessHandle> descendants = new ArrayList<>();
        for (ProcessHandle p : engines) {
            p.descendants().forEach(descendants::add);
        }
        for (ProcessHandle p : engines) {
            p.destroy();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        int graceful = 0;
        for (ProcessHandle p : engines) {
            long left = deadline - System.nanoTime();
            try {
                p.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
                graceful++;
            } catch (TimeoutException | ExecutionException e) {
                // still running: killed below
            }
        }
        int killed = 0;
        List<ProcessHandle> all = new ArrayList<>(descendants);
        all.addAll(engines);
        for (ProcessHandle p : all) {
            if (p.isAlive() && p.destroyForcibly()) {
                killed++;
            }
        }
        return new Result(engines.size(), graceful, killed);
    }
}
