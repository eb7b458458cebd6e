package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts an exec and streams it over its own upgraded connection ({@code POST /exec/ID/start} with
 * {@code Upgrade: tcp}): output frames are demultiplexed to stdout and stderr on one thread, stdin is copied on
 * another and then half-closed so that commands reading standard input see its end. The exit code comes from
 * {@code GET /exec/ID/json} once the output has ended.
 */
final class EngineExecStream implements ExecSession {

    private static final int STDERR = 2;
    private static final byte[] START = "{\"Detach\":false,\"Tty\":false}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final EngineHttp http;
    private final String execId;
    private final SocketChannel channel;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile IOException failure;

    private EngineExecStream(EngineHttp http, String execId, SocketChannel channel) {
        this.http = http;
        this.execId = execId;
        this.channel = channel;
    }

    static EngineExecStream start(EngineHttp http, String execId, InputStream stdin, OutputStream stdout,
            OutputStream stderr) throws IOException {
        SocketChannel ch = http.open();
        EngineResponse r;
        try {
            ChannelStreams.write(ch, EngineHttp.head("POST", "/exec/" + execId + "/start",
                    Map.of("Content-Type", "application/json", "Connection", "Upgrade", "Upgrade", "tcp",
                            "Content-Length", Integer.toString(START.length))));
            ChannelStreams.write(ch, ByteBuffer.wrap(START));
            r = EngineResponse.read(ch);
            if (r.status() != 101 && r.status() != 200) {
                r.check();
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        EngineExecStream s = new EngineExecStream(http, execId, ch);
        s.pump(r.body(), stdout, stderr);
        s.feed(stdin);
        return s;
    }

    private void pump(InputStream in, OutputStream stdout, OutputStream stderr) {
        Thread t = new Thread(() -> {
            byte[] header = new byte[8];
            byte[] payload = new byte[64 * 1024];
            try {
                while (readFully(in, header, 8)) {
                    OutputStream out = header[0] == STDERR ? stderr : stdout;
                    int size = ByteBuffer.wrap(header).getInt(4);
                    while (size > 0) {
                        int n = in.read(payload, 0, Math.min(size, payload.length));
                        if (n < 0) {
                            return;
                        }
                        size -= n;
                        if (out != null && failure == null) {
                            try {
                                out.write(payload, 0, n);
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
                    ChannelStreams.write(channel, ByteBuffer.wrap(buf, 0, n));
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
        for (int attempt = 0; attempt < 500; attempt++) {
            Object r = http.send("GET", "/exec/" + execId + "/json").checkedJson();
            Object code = EngineJson.at(r, "ExitCode");
            if (!Boolean.TRUE.equals(EngineJson.at(r, "Running")) && code instanceof Number n) {
                return OptionalInt.of(n.intValue());
            }
            Thread.sleep(attempt < 10 ? 2 : 10);
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

    /** Fills {@code buf[0..len)}; false on end of stream before any byte. */
    private static boolean readFully(InputStream in, byte[] buf, int len) throws IOException {
        int off = 0;
        while (off < len) {
            int n = in.read(buf, off, len - off);
            if (n < 0) {
                if (off == 0) {
                    return false;
                }
                throw new java.io.EOFException("connection ended inside a frame");
            }
            off += n;
        }
        return true;
    }
}
