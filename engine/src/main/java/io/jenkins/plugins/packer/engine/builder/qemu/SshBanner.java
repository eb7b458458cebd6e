package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Waits until an SSH server answers with its identification line ({@code SSH-2.0-...}) before the SSH client
 * starts its handshake. QEMU's user-mode network accepts every connection on the forwarded port at once, long
 * before the guest runs an SSH server, and such a connection then hangs until slirp's retransmitted SYN reaches
 * the guest, which takes longer and longer (Packer 1.6.6's first connection hangs like this for up to 20 s).
 * So attempts overlap: a fresh connection every {@link #RETRY_MILLIS} while earlier ones still wait (each
 * for at most {@link #READ_TIMEOUT}), and the first to send a banner wins. The SSH server is then seen within
 * about a quarter of a second of listening, whatever the phase of the attempts, and {@code ssh_timeout} stays
 * a real bound.
 */
final class SshBanner {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    static final long RETRY_MILLIS = 250;
    static final int MAX_IN_FLIGHT = 16;
    static final String NO_BANNER = "no SSH banner yet (the guest's SSH server is not up)";

    private SshBanner() {
    }

    /** One connection attempt: when it started and what the server sent so far. */
    private static final class Attempt {
        final long started = System.nanoTime();
        final ByteBuffer line = ByteBuffer.allocate(256);
    }

    /**
     * Returns the banner once {@code host:port} sends one, trying until {@code deadlineNanos} (a
     * {@link System#nanoTime()} value).
     *
     * @param reasons told each reason an attempt failed, the first time it occurs
     * @throws SocketTimeoutException when the deadline passes first, with the last reason as message
     * @throws InterruptedException when interrupted (cancellation, QEMU exited)
     */
    static String await(String host, int port, long deadlineNanos, Consumer<String> reasons)
            throws SocketTimeoutException, InterruptedException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        String[] last = {"no attempt"};
        Set<String> told = new HashSet<>(); // overlapping attempts fail alternately: tell each reason once
        Consumer<String> failed = reason -> {
            last[0] = reason;
            if (told.add(reason)) {
                reasons.accept(reason);
            }
        };
        try (Selector selector = Selector.open()) {
            try {
                return loop(selector, address, deadlineNanos, failed, last);
            } finally {
                for (SelectionKey k : selector.keys()) {
                    closeQuietly(k);
                }
            }
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            throw new SocketTimeoutException("cannot wait for the SSH banner: " + e.getMessage());
        }
    }

    private static String loop(Selector selector, InetSocketAddress address, long deadline, Consumer<String> failed,
            String[] last) throws IOException, InterruptedException {
        long readTimeout = READ_TIMEOUT.toNanos();
        long retry = RETRY_MILLIS * 1_000_000L;
        long nextAttempt = System.nanoTime();
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long now = System.nanoTime();
            List<SelectionKey> inFlight = new ArrayList<>();
            for (SelectionKey k : selector.keys()) {
                if (k.isValid()) {
                    inFlight.add(k);
                }
            }
            if (now - deadline >= 0) {
                throw new SocketTimeoutException(last[0].equals("no attempt") && !inFlight.isEmpty() ? NO_BANNER : last[0]);
            }
            for (SelectionKey k : inFlight) {
                if (now - ((Attempt) k.attachment()).started >= readTimeout) {
                    closeQuietly(k);
                    failed.accept(NO_BANNER);
                }
            }
            inFlight.removeIf(k -> !k.isValid());
            if (now - nextAttempt >= 0 && inFlight.size() < MAX_IN_FLIGHT) {
                start(selector, address, failed);
                nextAttempt = now + retry;
            }
            // at capacity the next attempt waits for the oldest one to expire (no wake-up before that)
            long wake = inFlight.size() < MAX_IN_FLIGHT ? Math.min(deadline, nextAttempt) : deadline;
            for (SelectionKey k : selector.keys()) {
                if (k.isValid()) {
                    wake = Math.min(wake, ((Attempt) k.attachment()).started + readTimeout);
                }
            }
            selector.select(Math.max(1, (wake - System.nanoTime() + 999_999) / 1_000_000));
            for (SelectionKey k : selector.selectedKeys()) {
                if (!k.isValid()) {
                    continue;
                }
                String banner = handle(k, failed);
                if (banner != null) {
                    return banner;
                }
            }
            selector.selectedKeys().clear();
        }
    }

    private static void start(Selector selector, InetSocketAddress address, Consumer<String> failed) {
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open();
            ch.configureBlocking(false);
            boolean connected = ch.connect(address);
            ch.register(selector, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, new Attempt());
        } catch (IOException e) {
            failed.accept(reason(e));
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    /** Progress on one attempt: the banner when complete, null otherwise (a failure closes the attempt). */
    private static String handle(SelectionKey k, Consumer<String> failed) {
        SocketChannel ch = (SocketChannel) k.channel();
        Attempt a = (Attempt) k.attachment();
        try {
            if (k.isConnectable()) {
                ch.finishConnect();
                k.interestOps(SelectionKey.OP_READ);
                return null;
            }
            int n = ch.read(a.line);
            String line = firstLine(a.line);
            if (line == null && n >= 0 && a.line.hasRemaining()) {
                return null;
            }
            closeQuietly(k);
            if (line == null && a.line.position() == 0) {
                failed.accept("connection closed before the SSH banner");
                return null;
            }
            String text = line != null ? line : new String(a.line.array(), 0, a.line.position(), StandardCharsets.UTF_8);
            if (text.startsWith("SSH-")) {
                return text;
            }
            failed.accept("not an SSH server: " + text.strip());
            return null;
        } catch (IOException e) {
            closeQuietly(k);
            failed.accept(reason(e));
            return null;
        }
    }

    /** The text up to the first newline (without it), or null when no newline has arrived yet. */
    private static String firstLine(ByteBuffer buf) {
        byte[] b = buf.array();
        for (int i = 0; i < buf.position(); i++) {
            if (b[i] == '\n') {
                return new String(b, 0, i, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String reason(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(SelectionKey k) {
        k.cancel();
        try {
            k.channel().close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
