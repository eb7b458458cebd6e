package io.jenkins.plugins.packer.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineStopperTest {

    private Process start(String token, Path marker, long cleanupMillis, boolean child) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + EngineContract.RUN_TOKEN_PROPERTY + "=" + token, "-cp", System.getProperty("java.class.path"),
                SleepingEngine.class.getName(), marker.toString(), Long.toString(cleanupMillis)));
        if (child) {
            cmd.add("child");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).isEqualTo("started");
        return p;
    }

    @Test
    void sigtermLetsTheEngineCleanUpAndItsChildrenAreKilled(@TempDir Path tmp) throws Exception {
        String token = UUID.randomUUID().toString();
        Path marker = tmp.resolve("cleanup");
        Process p = start(token, marker, 300, true);
        List<ProcessHandle> children = p.descendants().toList();
        assertThat(children).isNotEmpty();
        assertThat(EngineStopper.find(token)).extracting(ProcessHandle::pid).containsExactly(p.pid());

        EngineStopper.Result r = EngineStopper.stop(token, Duration.ofSeconds(20));

        assertThat(r.found()).isEqualTo(1);
        assertThat(r.terminatedGracefully()).isEqualTo(1);
        assertThat(marker).hasContent("cleanup ran");
        assertThat(p.isAlive()).isFalse();
        for (ProcessHandle c : children) {
            c.onExit().get();
            assertThat(c.isAlive()).isFalse();
        }
    }

    @Test
    void anEngineThatDoesNotFinishCleaningUpInTimeIsKilled(@TempDir Path tmp) throws Exception {
        String token = UUID.randomUUID().toString();
        Path marker = tmp.resolve("cleanup");
        Process p = start(token, marker, 60_000, false);
        long t0 = System.nanoTime();

        EngineStopper.Result r = EngineStopper.stop(token, Duration.ofMillis(500));

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.terminatedGracefully()).isZero();
        assertThat(r.killed()).isEqualTo(1);
        p.onExit().get();
        assertThat(marker).doesNotExist();
    }

    @Test
    void unknownTokenFindsNothing() throws Exception {
        assertThat(EngineStopper.stop(UUID.randomUUID().toString(), Duration.ofSeconds(1)).found()).isZero();
    }
}
