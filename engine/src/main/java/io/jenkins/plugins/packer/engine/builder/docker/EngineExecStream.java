package io.jenkins.plugins.packer.engine.builder.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectExecResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts an exec and streams it over its own upgraded connection ({@code POST /exec/ID/start} with
 * {@code Upgrade: tcp}), on a JDK socket channel: output frames are demultiplexed to stdout and stderr on one
 * thread, stdin is copied on another and then half-closed so that commands reading standard input see its end.
 * (docker-java's hijacking transport never half-closes, so such commands would hang.) The exit code comes from
 * {@code GET /exec/ID/json} through docker-java.
 */
final class EngineExecStream implements ExecSession {

    private static final int STDERR = 2;

    private final DockerClient client;
    private final String execId;
    private final SocketChannel channel;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile IOException failure;

    private EngineExecStream(DockerClient client, String execId, SocketChannel channel) {
        this.client = client;
        this.execId = execId;
        this.channel = channel;
    }

    static EngineExecStream start(URI host, DockerClient client, String execId, InputStream stdin,
            OutputStream stdout, OutputStream stderr) throws IOException {
        SocketChannel ch = "unix".equals(host.getScheme())
                ? SocketChannel.open(UnixDomainSocketAddress.of(host.getPath()))
                : SocketChannel.open(new InetSocketAddress(host.getHost(), host.getPort()));
        try {
            byte[] body = "{\"Detach\":false,\"Tty\":false}".getBytes(StandardCharsets.UTF_8);
            String head = "POST /exec/" + execId + "/start HTTP/1.1\r\nHost: docker\r\n"
                    + "Content-Type: application/json\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            writeFully(ch, head.getBytes(StandardCharsets.US_ASCII));
            writeFully(ch, body);
            String status = readHeaders(ch);
            if (!status.startsWith("HTTP/1.1 101") && !status.startsWith("HTTP/1.1 200")) {
                throw new DockerException("Cannot start the command: " + status);
            }
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        EngineExecStream s = new EngineExecStream(client, execId, ch);
        s.pump(stdout, stderr);
        s.feed(stdin);
        return s;
    }

    private void pump(OutputStream stdout, OutputStream stderr) {
        Thread t = new Thread(() -> {
            ByteBuffer header = ByteBuffer.allocate(8);
            ByteBuffer payload = ByteBuffer.allocate(64 * 1024);
            try {
                while (readFully(channel, header.clear())) {
                    int type = header.get(0);
                    int size = header.getInt(4);
                    OutputStream out = type == STDERR ? stderr : stdout;
                    while (size > 0) {
                        payload.clear().limit(Math.min(size, payload.capacity()));
                        if (!readFully(channel, payload)) {
                            return;
                        }
                        size -= payload.limit();
                        if (out != null && failure == null) {
                            try {
                                out.write(payload.array(), 0, payload.limit());
                                out.flush();
                            } catch (IOException e) {
                                failure = e;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the connection ended: the exit code tells how the command ended
            } finally {
                done.countDown();
            }
        }, "docker-exec-output");
        t.setDaemon(true);
        t.start();
    }

    private void feed(InputStream stdin) throws IOException {
        if (stdin == null) {
            channel.shutdownOutput();
            return;
        }
        Thread t = new Thread(() -> {
            byte[] buf = new byte[32 * 1024];
            try {
                int n;
                while ((n = stdin.read(buf)) > 0) {
                    writeFully(channel, java.util.Arrays.copyOf(buf, n));
                }
                channel.shutdownOutput();
            } catch (IOException e) {
                // the command ended or stopped reading
            }
        }, "docker-exec-input");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public OptionalInt waitFor(Duration timeout) throws IOException, InterruptedException {
        if (timeout == null) {
            done.await();
        } else if (!done.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return OptionalInt.empty();
        }
        close();
        if (failure != null) {
            throw failure;
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            InspectExecResponse r;
            try {
                r = client.inspectExecCmd(execId).exec();
            } catch (RuntimeException e) {
                throw EngineErrors.convert(e);
            }
            if (!Boolean.TRUE.equals(r.isRunning()) && r.getExitCodeLong() != null) {
                return OptionalInt.of(r.getExitCodeLong().intValue());
            }
            Thread.sleep(10);
        }
        throw new DockerException("The Docker Engine did not report the command's exit code");
    }

    @Override
    public boolean isAlive() {
        return done.getCount() > 0;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing our end only
        }
    }

    private static String readHeaders(SocketChannel ch) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteBuffer one = ByteBuffer.allocate(1);
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            if (!readFully(ch, one.clear())) {
                throw new DockerException("The Docker Engine closed the connection while starting the command");
            }
            byte b = one.get(0);
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.indexOf("\r\n"));
    }

    /** Fills {@code buf} to its limit; false on end of stream before any byte. */
    private static boolean readFully(SocketChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                if (buf.position() == 0) {
                    return false;
                }
                throw new java.io.EOFException("connection ended inside a frame");
            }
        }
        buf.flip();
        return true;
    }

    private static void writeFully(SocketChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
