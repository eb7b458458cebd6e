package io.jenkins.plugins.packer.engine.builder.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A small QMP (QEMU Machine Protocol) client over a unix socket: reads the greeting, negotiates capabilities,
 * executes commands (answers matched by {@code id}), and records asynchronous events such as {@code SHUTDOWN}.
 * A reader thread parses one JSON message per line; when QEMU exits the socket closes and {@link #closed()}
 * completes, which is how the builder knows the guest powered off.
 */
public final class QmpClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SocketChannel channel;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<JsonNode> shutdown = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile JsonNode greeting;

    private QmpClient(SocketChannel channel) {
        this.channel = channel;
    }

    /**
     * Connects to {@code socket}, retrying while QEMU creates it, for at most {@code timeout}; gives up early when
     * {@code alive} turns false (QEMU died).
     */
    public static QmpClient connect(Path socket, Duration timeout, BooleanSupplier alive)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (true) {
            SocketChannel ch = null;
            try {
                ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                QmpClient c = new QmpClient(ch);
                c.start();
                c.handshake(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                return c;
            } catch (IOException e) {
                if (ch != null) {
                    ch.close();
                }
                last = e;
            }
            if (!alive.getAsBoolean()) {
                throw new QemuException("QEMU exited before its QMP socket answered");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new QemuException("cannot connect to QMP socket " + socket + ": " + last.getMessage(), last);
            }
            Thread.sleep(20);
        }
    }

    private void start() {
        Thread reader = new Thread(this::readLoop, "qmp-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void handshake(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (greeting == null) {
            if (closed.isDone()) {
                throw new IOException("QMP socket closed before the greeting");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("no QMP greeting");
            }
            Thread.sleep(5);
        }
        execute("qmp_capabilities", null, timeout);
    }

    private void readLoop() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode msg = JSON.readTree(line);
                if (msg.has("QMP")) {
                    greeting = msg;
                } else if (msg.has("event")) {
                    events.add(msg);
                    if ("SHUTDOWN".equals(msg.path("event").asText())) {
                        shutdown.complete(msg);
                    }
                } else if (msg.has("id")) {
                    CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asText());
                    if (f != null) {
                        f.complete(msg);
                    }
                }
            }
        } catch (IOException e) {
            // the socket closed: QEMU exited or we closed it
        } finally {
            closed.complete(null);
            IOException gone = new IOException("QMP connection closed");
            pending.values().forEach(f -> f.completeExceptionally(gone));
            pending.clear();
        }
    }

    /**
     * Executes {@code command} with {@code arguments} (may be null) and returns its {@code return} value.
     *
     * @throws QemuException with QEMU's error description when the command fails
     * @throws IOException when the connection is gone or no answer comes in time
     */
    public JsonNode execute(String command, Map<String, Object> arguments, Duration timeout)
            throws IOException, InterruptedException {
        String id = "packer-" + ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("execute", command).put("id", id);
        if (arguments != null && !arguments.isEmpty()) {
            msg.set("arguments", JSON.valueToTree(arguments));
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        if (closed.isDone()) {
            pending.remove(id);
            throw new IOException("QMP connection closed");
        }
        // write on the channel itself: the stream adapters of a blocking channel share one lock, so a write
        // through them would wait for the reader thread's pending read
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap((JSON.writeValueAsString(msg) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        synchronized (channel) {
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }
        JsonNode reply;
        try {
            reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException("QMP " + command + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            pending.remove(id);
            throw new IOException("QMP " + command + ": no answer within " + timeout.toMillis() + "ms");
        }
        if (reply.has("error")) {
            throw new QemuException("QMP " + command + ": " + reply.path("error").path("desc").asText());
        }
        return reply.path("return");
    }

    /** QEMU's version from the greeting, e.g. {@code 7.2.22}. */
    public String qemuVersion() {
        JsonNode q = greeting == null ? null : greeting.path("QMP").path("version").path("qemu");
        return q == null ? "" : q.path("major").asInt() + "." + q.path("minor").asInt() + "." + q.path("micro").asInt();
    }

    /** Completes with the {@code SHUTDOWN} event (the guest powered off, or QEMU was asked to quit). */
    public CompletableFuture<JsonNode> shutdownEvent() {
        return shutdown;
    }

    /** Completes when the connection is gone (QEMU exited). */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /** Every event received so far, in order. */
    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
