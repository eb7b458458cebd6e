package io.jenkins.plugins.packer.engine.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real signals to a separate JVM running {@link SignalProbe}. */
class SignalCancellationTest {

    private Process probe;
    private BufferedReader out;

    private void start(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SignalProbe.class.getName(), mode).redirectErrorStream(true).start();
        out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
    }

    private String readLineStartingWith(String prefix, List<String> seen) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in " + seen);
    }

    private static void kill(String signal, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
    }

    private static boolean dies(long pid) throws InterruptedException {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        for (int i = 0; i < 50 && h.isPresent() && h.get().isAlive(); i++) {
            Thread.sleep(100);
        }
        return h.isEmpty() || !h.get().isAlive();
    }

    @Test
    void firstSignalCancelsRunsCleanupAndKillsTheChild() throws Exception {
        start("normal");
        List<String> seen = new ArrayList<>();
        long sleepPid = Long.parseLong(readLineStartingWith("started ", seen).substring(8));
        long t0 = System.nanoTime();
        kill("TERM", probe.pid());

        assertThat(probe.waitFor(5, TimeUnit.SECONDS)).as("exits within 5 s").isTrue();
        out.lines().forEach(seen::add);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(5000);
        assertThat(probe.exitValue()).isEqualTo(1);
        assertThat(seen).containsSubsequence("Cancelling build after receiving terminated", "cleanup ran",
                "status CANCELLED: Build was cancelled.");
        assertThat(dies(sleepPid)).as("sleep 60 killed").isTrue();
    }

    @Test
    void interruptIsNamedAsGoNamesIt() throws Exception {
        start("normal");
        List<String> seen = new ArrayList<>();
        readLineStartingWith("started ", seen);
        kill("INT", probe.pid());
        assertThat(probe.waitFor(5, TimeUnit.SECONDS)).isTrue();
        out.lines().forEach(seen::add);
        assertThat(seen).contains("Cancelling build after receiving interrupt");
    }

    @Test
    void secondSignalForcesExitAndKillsRegisteredChildren() throws Exception {
        start("stuck-cleanup");
        List<String> seen = new ArrayList<>();
        readLineStartingWith("started ", seen);
        kill("TERM", probe.pid());
        long blockedPid = Long.parseLong(readLineStartingWith("cleanup blocked ", seen).substring(16));
        kill("TERM", probe.pid());

        assertThat(probe.waitFor(5, TimeUnit.SECONDS)).as("forced exit").isTrue();
        out.lines().forEach(seen::add);
        assertThat(probe.exitValue()).isEqualTo(128 + 15);
        assertThat(dies(blockedPid)).as("child of the stuck cleanup killed").isTrue();
    }
}
