package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.cli.JPacker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real {@code jpacker build} process during a long shell-local provisioner: it exits within 5 s
 * with status 1 and says the build was cancelled; the provisioner's processes are killed and its temporary
 * script deleted; the file builder's output is removed (default {@code -on-error=cleanup}) or kept
 * ({@code -on-error=abort}).
 */
class CancelBuildTest {

    @TempDir
    Path dir;

    private Process start(String... flags) throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "file" "out" {
                  content = "data"
                  target  = "out/result.txt"
                }
                build {
                  sources = ["file.out"]
                  provisioner "shell-local" {
                    inline = ["echo $$ > shell.pid", "sleep 60"]
                  }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                JPacker.class.getName(), "build", "-color=false"));
        cmd.addAll(List.of(flags));
        cmd.add("t.pkr.hcl");
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
    }

    private long waitForShell(Process p) throws Exception {
        Path pid = dir.resolve("shell.pid");
        for (int i = 0; i < 300 && !(Files.exists(pid) && Files.size(pid) > 0); i++) {
            assertThat(p.isAlive()).as(output()).isTrue();
            Thread.sleep(50);
        }
        return Long.parseLong(Files.readString(pid).trim());
    }

    private String output() throws IOException {
        return Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
    }

    private static boolean dies(long pid) throws InterruptedException {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        for (int i = 0; i < 50 && h.isPresent() && h.get().isAlive(); i++) {
            Thread.sleep(100);
        }
        return h.isEmpty() || !h.get().isAlive();
    }

    private String terminate(Process p) throws Exception {
        long shell = waitForShell(p);
        assertThat(dir.resolve("out/result.txt")).exists();
        long t0 = System.nanoTime();
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(5, TimeUnit.SECONDS)).as("exits within 5 s").isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(5000);
        String out = output();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        assertThat(dies(shell)).as("the provisioner's shell was killed").isTrue();
        Matcher script = Pattern.compile("Running local shell script: (\\S+)").matcher(out);
        assertThat(script.find()).as(out).isTrue();
        assertThat(Path.of(script.group(1))).as("temporary script deleted").doesNotExist();
        assertThat(out).contains("Cancelling build after receiving terminated",
                "Build 'file.out' errored after", "Build was cancelled.",
                "Cleanly cancelled builds after being interrupted.");
        return out;
    }

    @Test
    void sigtermCancelsCleansUpAndRemovesTheOutput() throws Exception {
        terminate(start());
        assertThat(dir.resolve("out/result.txt")).as("output removed by the cleanup").doesNotExist();
    }

    @Test
    void withOnErrorAbortTheOutputStays() throws Exception {
        String out = terminate(start("-on-error=abort"));
        assertThat(out).contains("Interrupted, aborting...");
        assertThat(dir.resolve("out/result.txt")).as("abort skips the cleanup").exists();
    }
}
