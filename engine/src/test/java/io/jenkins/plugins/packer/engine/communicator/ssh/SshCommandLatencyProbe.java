package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.StatusSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: measures one-line command latency on an open connection, against a private sshd whose user's
 * shell is /bin/sh (so no ~/.bashrc runs per command, unlike root on the development machine, whose bashrc
 * initialises pyenv in ~0.3–0.9 s). Run with the test class path as root.
 */
public final class SshCommandLatencyProbe {

    private SshCommandLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("jpacker-latency-");
        try (OpenSshServer server = OpenSshServer.start(dir, new OpenSshServer.Options().password("pw"))) {
            SshConfig config = SshConfig.builder().host(server.host()).port(server.port())
                    .username(OpenSshServer.TEST_USER).password("pw").build();
            long t0 = System.nanoTime();
            try (SshCommunicator ssh = SshCommunicator.connect(config, StatusSink.NONE)) {
                long t1 = System.nanoTime();
                int n = 20;
                for (int i = 0; i < n; i++) {
                    if (!ssh.run(RemoteCommand.lines("echo line " + i, line -> { }, null)).success()) {
                        throw new IllegalStateException("command failed");
                    }
                }
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "connect_s=%.3f commands=%d per_command_ms=%.1f%n", (t1 - t0) / 1e9,
                        n, (t2 - t1) / (n * 1e6));
            }
        } finally {
            Tools.run("rm", "-rf", dir.toString());
        }
    }
}
