package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Waiting for the SSH banner behind a port that accepts connections at once, as QEMU's user network does. */
class SshBannerTest {

    private final List<String> reasons = new ArrayList<>();

    @Test
    void aSilentAcceptingPortTimesOutAtTheDeadlineNotLater() throws Exception {
        try (ServerSocket ss = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(ss.accept()); // like slirp: accepted, then nothing
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            assertThatThrownBy(() -> SshBanner.await("127.0.0.1", ss.getLocalPort(),
                    start + TimeUnit.SECONDS.toNanos(4), reasons::add))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessage("no SSH banner yet (the guest's SSH server is not up)");
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(4500));
            assertThat(reasons).containsExactly("no SSH banner yet (the guest's SSH server is not up)");
        }
    }

    @Test
    void aServerComingUpWhileEarlierAttemptsHangIsSeenWithoutWaitingForThem() throws Exception {
        // like slirp: connections made before the guest's SSH server listens hang silently; later ones get it
        long up = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        // the acceptor thread adds sockets while the test closes them
        List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ServerSocket ss = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = ss.accept();
                        if (System.nanoTime() - up < 0) {
                            held.add(s);
                        } else {
                            s.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
                            held.add(s);
                        }
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            String banner = SshBanner.await("127.0.0.1", ss.getLocalPort(), start + TimeUnit.SECONDS.toNanos(20),
                    reasons::add);
            assertThat(banner).isEqualTo("SSH-2.0-OpenSSH_9.2\r");
            assertThat(System.nanoTime() - start).as("seen before the first, hanging attempt timed out")
                    .isLessThan(SshBanner.READ_TIMEOUT.toNanos());
            assertThat(reasons).isEmpty();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void theBannerOnceTheServerIsUp() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        int p = port;
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(700);
                try (ServerSocket ss = new ServerSocket(p); Socket s = ss.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("SSH-2.0-dropbear_2022.83\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (Exception e) {
                // test ends
            }
        });
        late.start();
        String banner = SshBanner.await("127.0.0.1", port, System.nanoTime() + TimeUnit.SECONDS.toNanos(10),
                reasons::add);
        assertThat(banner).isEqualTo("SSH-2.0-dropbear_2022.83\r");
        assertThat(reasons).containsExactly("connection refused");
        late.join(5000);
    }

    @Test
    void interruptionEndsTheWait() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SshBanner.await("127.0.0.1", 1, System.nanoTime() + TimeUnit.SECONDS.toNanos(10),
                    reasons::add)).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
