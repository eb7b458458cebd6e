package io.jenkins.plugins.packer.engine.communicator.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import io.jenkins.plugins.packer.engine.communicator.StartRetry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waiting for SSH, its messages, host key pinning and reconnects, against real sshd processes. */
class SshConnectTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    @Test
    void timeoutReportsTheLastReasonAndTheWaitingMessages() throws Exception {
        int port = OpenSshServer.freePort();
        SshTestSupport.Messages messages = new SshTestSupport.Messages();
        SshConfig config = SshConfig.builder().host("127.0.0.1").port(port).username("root").password("x")
                .timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> SshCommunicator.connect(config, messages))
                .isInstanceOf(CommunicatorException.class)
                .hasMessage("Timeout waiting for SSH after 2s (ssh_timeout) to root@127.0.0.1:" + port
                        + "; last error: connection refused");
        long ms = (System.nanoTime() - start) / 1_000_000L;
        assertThat(ms).isBetween(1900L, 6000L);
        assertThat(messages.all).containsExactly("Waiting for SSH to become available...",
                "Waiting for SSH: connection refused");
    }

    @Test
    void pollsAboutOncePerSecondWhileTheServerIsNotReady() throws Exception {
        // a listener that accepts and hangs up at once, like a host whose sshd is still starting
        AtomicInteger accepts = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        accepts.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            SshTestSupport.Messages messages = new SshTestSupport.Messages();
            SshConfig config = SshConfig.builder().host("127.0.0.1").port(server.getLocalPort()).username("root")
                    .password("x").timeout(Duration.ofMillis(4500)).build();
            assertThatThrownBy(() -> SshCommunicator.connect(config, messages))
                    .hasMessageEndingWith("; last error: connection closed by the server during the handshake");
        }
        // attempts at 0, 1, 2, 3, 4 s: never more often than once a second (3 if the first, cold one is slow)
        assertThat(accepts.get()).isBetween(3, 6);
    }

    @Test
    void connectsAsSoonAsTheServerComesUp() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        server.kill();
        SshTestSupport.Messages messages = new SshTestSupport.Messages();
        Thread starter = new Thread(() -> {
            try {
                Thread.sleep(2000);
                server.restart();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        starter.start();
        try (SshCommunicator ssh = SshCommunicator.connect(SshTestSupport.rootWithKey(server, key).build(), messages)) {
            assertThat(ssh.run(RemoteCommand.of("true")).success()).isTrue();
        }
        starter.join();
        assertThat(messages.all).containsExactly("Waiting for SSH to become available...",
                "Waiting for SSH: connection refused", "Connected to SSH!");
    }

    @Test
    void wrongKeyFailsAfterTheHandshakeAttemptsWithPackersMessage() throws Exception {
        Path good = Tools.clientKey(sshd.dir().resolve("good"), "ed25519");
        Path wrong = Tools.clientKey(sshd.dir().resolve("wrong"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(good)));
        SshTestSupport.Messages messages = new SshTestSupport.Messages();
        SshConfig config = SshTestSupport.rootWithKey(server, wrong).handshakeAttempts(2).build();
        assertThatThrownBy(() -> SshCommunicator.connect(config, messages))
                .isInstanceOf(CommunicatorException.class)
                .hasMessageStartingWith("Packer experienced an authentication error when trying to connect via SSH.")
                .hasMessageContaining("original error: authentication failed: tried publickey for user root"
                        + " (the server accepts publickey)")
                .hasMessageEndingWith("(2 attempts, ssh_handshake_attempts = 2)");
        assertThat(messages.all).contains("Waiting for SSH: authentication failed: tried publickey for user root"
                + " (the server accepts publickey)");
    }

    @Test
    void unreadableKeyFileIsRefusedBeforeConnecting() {
        SshConfig config = SshConfig.builder().host("127.0.0.1").username("root")
                .privateKeyFile(Path.of("/nonexistent/id_ed25519")).build();
        assertThatThrownBy(() -> SshCommunicator.connect(config, new SshTestSupport.Messages()))
                .hasMessage("ssh_private_key_file is invalid: stat /nonexistent/id_ed25519: no such file or directory");
    }

    @Test
    void changedHostKeyMidBuildFailsAtOnceWithAClearMessage() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        String before = server.hostKeyFingerprint();
        SshCommunicator ssh = sshd.closeLater(SshCommunicator.connect(SshTestSupport.rootWithKey(server, key).build(),
                new SshTestSupport.Messages()));
        assertThat(ssh.hostKeyFingerprint()).isEqualTo(before);

        server.newHostKeys();
        server.restart();
        String after = server.hostKeyFingerprint();
        long start = System.nanoTime();
        assertThatThrownBy(() -> StartRetry.start(ssh, RemoteCommand.of("true"), Duration.ofSeconds(30),
                new SshTestSupport.Messages()))
                .isInstanceOf(CommunicatorException.class)
                .satisfies(e -> assertThat(((CommunicatorException) e).retryable()).isFalse())
                .hasMessageContaining("host key of 127.0.0.1:" + server.port() + " changed during the build: it was "
                        + before + " (ssh-ed25519) when the build first connected, now the server presents " + after
                        + " (ssh-ed25519)");
        // not retried until start_retry_timeout: a changed key cannot fix itself
        assertThat((System.nanoTime() - start) / 1_000_000L).isLessThan(10_000L);
    }

    @Test
    void configuredFingerprintMustMatchFromTheFirstConnection() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        String real = server.hostKeyFingerprint();
        try (SshCommunicator ok = SshCommunicator.connect(SshTestSupport.rootWithKey(server, key)
                .hostKeyFingerprint(real).build(), new SshTestSupport.Messages())) {
            assertThat(ok.hostKeyFingerprint()).isEqualTo(real);
        }
        String wrong = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
        assertThatThrownBy(() -> SshCommunicator.connect(SshTestSupport.rootWithKey(server, key)
                .hostKeyFingerprint(wrong).build(), new SshTestSupport.Messages()))
                .hasMessageContaining("does not match ssh_host_key_fingerprint: expected " + wrong
                        + ", the server presented " + real + " (ssh-ed25519)");
    }

    @Test
    void droppedConnectionIsADisconnectThenTheNextCommandReconnects() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        SshCommunicator ssh = sshd.closeLater(SshCommunicator.connect(SshTestSupport.rootWithKey(server, key).build(),
                new SshTestSupport.Messages()));
        List<String> out = new CopyOnWriteArrayList<>();
        RemoteProcess p = ssh.start(RemoteCommand.lines("echo rebooting; sleep 60", out::add, null));
        Thread.sleep(500);
        long killedAt = System.nanoTime();
        server.kill();
        CommandResult r = p.waitFor(Duration.ofSeconds(20));
        assertThat((System.nanoTime() - killedAt) / 1_000_000L).isLessThan(5000L);
        assertThat(r.disconnected()).isTrue();
        assertThat(r.exitStatus()).isEqualTo(CommandResult.CMD_DISCONNECT);
        assertThat(r.describe()).startsWith("remote end disconnected");
        assertThat(out).containsExactly("rebooting");

        // the machine "reboots": sshd is back after 2 s; start_retry_timeout waits for it
        Thread restarter = new Thread(() -> {
            try {
                Thread.sleep(2000);
                server.restart();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        restarter.start();
        SshTestSupport.Messages retries = new SshTestSupport.Messages();
        List<String> after = new CopyOnWriteArrayList<>();
        try (RemoteProcess again = StartRetry.start(ssh, RemoteCommand.lines("echo back", after::add, null),
                Duration.ofSeconds(30), retries)) {
            assertThat(again.waitFor(Duration.ofSeconds(10)).success()).isTrue();
        }
        restarter.join();
        assertThat(after).containsExactly("back");
        assertThat(retries.all).first().asString().startsWith("Retrying: cannot reconnect to 127.0.0.1:")
                .endsWith("connection refused");
    }

    @Test
    void startRetryGivesUpAfterItsTimeoutWithTheLastError() throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        SshCommunicator ssh = sshd.closeLater(SshCommunicator.connect(SshTestSupport.rootWithKey(server, key).build(),
                new SshTestSupport.Messages()));
        server.kill();
        assertThatThrownBy(() -> StartRetry.start(ssh, RemoteCommand.of("true"), Duration.ofSeconds(2),
                new SshTestSupport.Messages()))
                .hasMessageStartingWith("gave up after 2s (start_retry_timeout); last error: cannot reconnect to")
                .hasMessageEndingWith("connection refused");
    }
}
