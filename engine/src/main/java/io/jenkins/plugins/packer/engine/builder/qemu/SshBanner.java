package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Waits until an SSH server answers with its identification line ({@code SSH-2.0-...}) before the SSH client
 * starts its handshake. QEMU's user-mode network accepts every connection on the forwarded port at once, long
 * before the guest runs an SSH server, and such a connection then hangs until slirp gives up on the guest, which
 * can take far longer than the attempt should; reading the banner with a short timeout tells "not up yet" from
 * "up" in a second or two, and keeps {@code ssh_timeout} a real bound.
 */
final class SshBanner {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    static final long RETRY_MILLIS = 250;

    private SshBanner() {
    }

    /**
     * Returns the banner once {@code host:port} sends one, trying until {@code deadlineNanos} (a
     * {@link System#nanoTime()} value).
     *
     * @param reasons told each new reason an attempt failed
     * @throws SocketTimeoutException when the deadline passes first, with the last reason as message
     * @throws InterruptedException when interrupted (cancellation, QEMU exited)
     */
    static String await(String host, int port, long deadlineNanos, Consumer<String> reasons)
            throws SocketTimeoutException, InterruptedException {
        String last = "no attempt";
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException(last);
            }
            String reason;
            try {
                String banner = read(host, port, Duration.ofNanos(left));
                if (banner != null && banner.startsWith("SSH-")) {
                    return banner;
                }
                reason = banner == null ? "connection closed before the SSH banner"
                        : "not an SSH server: " + banner.strip();
            } catch (ConnectException e) {
                reason = "connection refused";
            } catch (SocketTimeoutException e) {
                reason = "no SSH banner yet (the guest's SSH server is not up)";
            } catch (IOException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (!reason.equals(last)) {
                reasons.accept(reason);
                last = reason;
            }
            Thread.sleep(Math.max(0, Math.min(RETRY_MILLIS, (deadlineNanos - System.nanoTime()) / 1_000_000)));
        }
    }

    /** One attempt: the first line the server sends, or null when it closes without one. */
    static String read(String host, int port, Duration left) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), (int) Math.max(1, Math.min(left.toMillis(),
                    CONNECT_TIMEOUT.toMillis())));
            s.setSoTimeout((int) Math.max(1, Math.min(left.toMillis(), READ_TIMEOUT.toMillis())));
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n' && line.length() < 255) {
                line.append((char) b);
            }
            if (line.length() == 0 && b < 0) {
                return null;
            }
            return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
    }
}
