package io.jenkins.plugins.packer.engine.communicator.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.CommandTimeoutException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Remote commands against a real OpenSSH sshd: auth with each key type, exit codes, streams, timeouts. */
class SshCommandTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private SshCommunicator connectWith(String keyType) throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), keyType);
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        return sshd.closeLater(SshCommunicator.connect(SshTestSupport.rootWithKey(server, key).build(),
                new SshTestSupport.Messages()));
    }

    @Test
    void ed25519KeyAuthRunsCommandAsRoot() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        List<String> out = new CopyOnWriteArrayList<>();
        CommandResult r = ssh.run(RemoteCommand.lines("id -un; echo \"$SSH_CONNECTION\"", out::add, null));
        assertThat(r.success()).isTrue();
        assertThat(out.get(0)).isEqualTo("root");
        assertThat(out.get(1)).startsWith("127.0.0.1 ");
        assertThat(ssh.hostKeyFingerprint()).startsWith("SHA256:");
    }

    @Test
    void rsaKeyAuthWorksWithRsaSha2() throws Exception {
        SshCommunicator ssh = connectWith("rsa");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ssh.run(RemoteCommand.of("printf ok").withStdout(out)).exitStatus()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ok");
    }

    @Test
    void exitStatusAndSeparateStreamsLineByLine() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        List<String> out = new CopyOnWriteArrayList<>();
        List<String> err = new CopyOnWriteArrayList<>();
        CommandResult r = ssh.run(RemoteCommand.lines(
                "echo one; echo two >&2; printf 'three\\r\\nfour'; printf 'x\\n' >&2; exit 7", out::add, err::add));
        assertThat(r).isEqualTo(CommandResult.exited(7));
        assertThat(r.success()).isFalse();
        assertThat(out).containsExactly("one", "three", "four");
        assertThat(err).containsExactly("two", "x");
    }

    @Test
    void outputIsStreamedWhileTheCommandRuns() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        try (RemoteProcess p = ssh.start(RemoteCommand.lines("echo first; sleep 2; echo second",
                line -> arrivals.add((System.nanoTime() - start) / 1_000_000L), null))) {
            CommandResult r = p.waitFor(Duration.ofSeconds(20));
            assertThat(r.success()).isTrue();
        }
        assertThat(arrivals).hasSize(2);
        // the first line arrived long before the command ended
        assertThat(arrivals.get(1) - arrivals.get(0)).isGreaterThan(1500);
    }

    @Test
    void largeOutputOnBothStreamsDoesNotStall() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        long[] lines = new long[2];
        CommandResult r = ssh.run(RemoteCommand.lines(
                "seq 1 300000 & seq 1 300000 >&2; wait", l -> lines[0]++, l -> lines[1]++));
        assertThat(r.success()).isTrue();
        assertThat(lines).containsExactly(300000, 300000);
    }

    @Test
    void stdinIsSentThenClosed() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandResult r = ssh.run(RemoteCommand.of("wc -c; tr a-z A-Z")
                .withStdin(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8))).withStdout(out));
        assertThat(r.success()).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("6\n");
    }

    @Test
    void commandTimeoutEndsTheCommand() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        long start = System.nanoTime();
        try (RemoteProcess p = ssh.start(RemoteCommand.of("sleep 30"))) {
            assertThatThrownBy(() -> p.waitFor(Duration.ofMillis(700)))
                    .isInstanceOf(CommandTimeoutException.class)
                    .hasMessage("remote command timed out after 700ms: sleep 30");
        }
        assertThat((System.nanoTime() - start) / 1_000_000L).isLessThan(5000);
        // the connection is still usable afterwards
        assertThat(ssh.run(RemoteCommand.of("true")).success()).isTrue();
    }

    @Test
    void commandKilledBySignalReportsTheSignal() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        CommandResult r = ssh.run(RemoteCommand.of("kill -TERM $$"));
        assertThat(r.exitSignal()).isEqualTo("TERM");
        assertThat(r.describe()).isEqualTo("killed by signal TERM");
    }

    @Test
    void ptyIsAllocatedWhenConfigured() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        List<String> out = new CopyOnWriteArrayList<>();
        try (SshCommunicator ssh = SshCommunicator.connect(SshTestSupport.rootWithKey(server, key).pty(true).build(),
                new SshTestSupport.Messages())) {
            assertThat(ssh.run(RemoteCommand.lines("tty; echo $TERM", out::add, null)).success()).isTrue();
        }
        assertThat(out.get(0)).startsWith("/dev/pts/");
        assertThat(out.get(1)).isEqualTo("xterm");
    }

    @Test
    void manyCommandsInParallelOnOneConnection() throws Exception {
        SshCommunicator ssh = connectWith("ed25519");
        List<Thread> threads = new java.util.ArrayList<>();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            threads.add(new Thread(() -> {
                try {
                    statuses.add(ssh.run(RemoteCommand.of("sleep 0.2; exit " + n)).exitStatus());
                } catch (Exception e) {
                    statuses.add(-100);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(statuses).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
    }
}
