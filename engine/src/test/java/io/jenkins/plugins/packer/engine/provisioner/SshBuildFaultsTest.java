package io.jenkins.plugins.packer.engine.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.communicator.ssh.OpenSshServer;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshdExtension;
import io.jenkins.plugins.packer.engine.communicator.ssh.Tools;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failures of a null build over SSH: wrong key, wrong port, a host that never answers, and sshd killed while a
 * script runs (through a separate {@code jpacker build} process, so that its exit code, timing and leftover
 * processes are what a user would see).
 */
class SshBuildFaultsTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private SshBuild b;

    @BeforeEach
    void start() throws Exception {
        b = new SshBuild(sshd);
    }

    private static final String ECHO = """
              provisioner "shell" {
                inline = ["echo unreachable"]
              }
            """;

    @Test
    void aKeyTheServerDoesNotAcceptFailsWithTheAuthenticationMessage() throws Exception {
        OpenSshServer server = b.server("sshd");
        Path other = Tools.clientKey(sshd.dir().resolve("other"), "ed25519");
        String source = b.source(server, "ssh_handshake_attempts = 2").replace(b.key.toString(), other.toString());
        long t0 = System.nanoTime();

        BuildRun.Result r = b.build(b.template(source, ECHO));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Waiting for SSH: authentication failed: tried publickey",
                "Build 'null.ssh' errored after",
                "Packer experienced an authentication error when trying to connect via SSH.")
                .doesNotContain("unreachable", "Exception", "\tat ");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aPortNobodyListensOnTimesOutNamingTheLastReason() throws Exception {
        int port = OpenSshServer.freePort();
        String source = b.source("127.0.0.1", port).replace("ssh_timeout          = \"30s\"", "ssh_timeout = \"3s\"");

        BuildRun.Result r = b.build(b.template(source, ECHO));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Waiting for SSH: connection refused",
                "Timeout waiting for SSH after 3s (ssh_timeout) to root@127.0.0.1:" + port + "; last error: connection refused")
                .doesNotContain("unreachable", "\tat ");
    }

    @Test
    void aHostThatNeverSpeaksSshTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());   // accept and never answer
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
            String source = b.source("127.0.0.1", silent.getLocalPort())
                    .replace("ssh_timeout          = \"30s\"", "ssh_timeout = \"3s\"");
            long t0 = System.nanoTime();

            BuildRun.Result r = b.build(b.template(source, ECHO));

            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("Timeout waiting for SSH after 3s (ssh_timeout) to root@127.0.0.1:"
                    + silent.getLocalPort() + "; last error: ").doesNotContain("unreachable", "\tat ");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void killingSshdMidCommandEndsTheBuildAtOnceWithOneLineRunsCleanupAndLeavesNoProcess() throws Exception {
        OpenSshServer server = b.server("sshd");
        Path started = b.work.resolve("started");
        Path cleanup = b.work.resolve("cleanup-ran");
        Path t = b.template(b.source(server), """
                  provisioner "shell" {
                    inline = ["touch %s", "sleep 120", "echo not-reached"]
                  }
                  error-cleanup-provisioner "shell-local" {
                    inline = ["echo yes > %s"]
                  }
                """.formatted(started, cleanup));
        Path log = b.work.resolve("build.log");
        // the same main class and JVM options as bin/jpacker build, from this module's classes
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xss4m", "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), "io.jenkins.plugins.packer.engine.cli.JPacker", "build",
                "-color=false", t.toString())
                .directory(b.work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(new File("/dev/null")).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(started) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(started).as(Files.exists(log) ? Files.readString(log) : "no output").exists();
            List<ProcessHandle> children = p.descendants().toList();

            long killed = System.nanoTime();
            server.kill();
            boolean ended = p.waitFor(30, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - killed);

            String out = Files.readString(log);
            assertThat(ended).as(out).isTrue();
            assertThat(took).as(out).isLessThan(Duration.ofSeconds(10));
            assertThat(p.exitValue()).as(out).isEqualTo(1);
            List<String> errored = out.lines().filter(l -> l.startsWith("Build 'null.ssh' errored after")).toList();
            assertThat(errored).hasSize(1);
            assertThat(errored.get(0)).contains("Script disconnected unexpectedly (shell provisioner, /tmp/script_",
                    "remote end disconnected");
            assertThat(out).contains("Provisioning step had errors: Running the cleanup provisioner, if present...")
                    .doesNotContain("not-reached", "Exception", "\tat ");
            assertThat(cleanup).hasContent("yes");
            assertThat(children).allSatisfy(c -> assertThat(c.isAlive()).as("child " + c.pid()).isFalse());
        } finally {
            p.destroyForcibly();
        }
    }
}
