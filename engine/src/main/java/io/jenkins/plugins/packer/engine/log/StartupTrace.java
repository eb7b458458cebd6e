package io.jenkins.plugins.packer.engine.log;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Start-up and phase timings for profiling ({@code -Djpacker.trace=true}, e.g. through {@code JPACKER_JAVA_OPTS}):
 * each {@link #mark} prints the wall time since the process started and the process's CPU time so far to
 * standard error. Off by default, and then free: one static boolean test per mark.
 */
public final class StartupTrace {

    private static final boolean ENABLED = Boolean.getBoolean("jpacker.trace");

    private StartupTrace() {
    }

    /** True when tracing was asked for. */
    public static boolean enabled() {
        return ENABLED;
    }

    /** Prints {@code [trace] WALL ms, cpu CPU ms: what} when tracing is on. */
    public static void mark(String what) {
        if (!ENABLED) {
            return;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        long wall = info.startInstant().map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.err.printf("[trace] %5d ms wall, %5d ms cpu, %s: %s%n", wall, cpu, Thread.currentThread().getName(),
                what);
    }

    /**
     * When tracing, prints the CPU time of this process's threads so far, summed by thread name (Linux: from
     * {@code /proc/self/task}; JIT compiler and GC threads included), largest first.
     */
    public static void threads() {
        if (!ENABLED) {
            return;
        }
        Map<String, Long> ticks = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return;
        }
        ticks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.err.printf("[trace] thread %-20s %5d ms cpu%n", e.getKey(), e.getValue() * 10));
    }
}
