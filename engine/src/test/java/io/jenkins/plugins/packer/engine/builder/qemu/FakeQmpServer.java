package io.jenkins.plugins.packer.engine.builder.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A QMP server on a unix socket standing in for QEMU: answers every command, exits on {@code quit}. */
final class FakeQmpServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<String> commands = new CopyOnWriteArrayList<>();
    private final ServerSocketChannel server;
    private final CountDownLatch exited = new CountDownLatch(1);
    private volatile SocketChannel client;
    private final Path outputLog;
    private volatile int exitCode = -1;

    private FakeQmpServer(ServerSocketChannel server, Path outputLog) {
        this.server = server;
        this.outputLog = outputLog;
    }

    static FakeQmpServer start(Path socket, Path outputLog) throws IOException {
        // as QEMU, which unlinks a stale socket file (left by a QEMU that was killed) before listening
        Files.deleteIfExists(socket);
        ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        ch.bind(UnixDomainSocketAddress.of(socket));
        FakeQmpServer s = new FakeQmpServer(ch, outputLog);
        Thread t = new Thread(s::serve, "fake-qmp");
        t.setDaemon(true);
        t.start();
        return s;
    }

    private void serve() {
        try (SocketChannel c = server.accept()) {
            client = c;
            send("{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7}}, \"capabilities\": []}}");
            BufferedReader r = new BufferedReader(new InputStreamReader(Channels.newInputStream(c), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode msg = JSON.readTree(line);
                String cmd = msg.path("execute").asText();
                commands.add(cmd);
                send("{\"return\": {}, \"id\": \"" + msg.path("id").asText() + "\"}");
                if (cmd.equals("quit")) {
                    send("{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, \"event\": \"SHUTDOWN\", "
                            + "\"data\": {\"guest\": false, \"reason\": \"host-qmp-quit\"}}");
                    exit(0);
                    return;
                }
            }
        } catch (IOException e) {
            // closed
        } finally {
            exit(exitCode < 0 ? 0 : exitCode);
        }
    }

    private synchronized void send(String json) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((json + "\r\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            client.write(b);
        }
    }

    /** The guest powered off: the SHUTDOWN event, then QEMU exits. */
    void guestPowerOff() throws IOException {
        send("{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, \"event\": \"SHUTDOWN\", "
                + "\"data\": {\"guest\": true, \"reason\": \"guest-shutdown\"}}");
        exit(0);
    }

    void exit(int code) {
        if (exited.getCount() == 0) {
            return;
        }
        exitCode = code;
        try {
            server.close();
            if (client != null) {
                client.close();
            }
        } catch (IOException e) {
            // nothing
        }
        exited.countDown();
    }

    boolean hasExited() {
        return exited.getCount() == 0;
    }

    QemuProcess process() {
        return new QemuProcess() {
            @Override
            public long pid() {
                return 4242;
            }

            @Override
            public boolean isAlive() {
                return exited.getCount() > 0;
            }

            @Override
            public OptionalInt waitFor(Duration timeout) throws InterruptedException {
                if (timeout == null) {
                    exited.await();
                } else if (!exited.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    return OptionalInt.empty();
                }
                return OptionalInt.of(exitCode);
            }

            @Override
            public void terminate() {
                exit(143);
            }

            @Override
            public void kill() {
                exit(137);
            }

            @Override
            public String outputTail(int lines) {
                return "";
            }

            @Override
            public Process process() {
                return null;
            }
        };
    }

    /** A QEMU that exited at once, having printed its complaint. */
    record DeadProcess(Path output) implements QemuProcess {
        @Override
        public long pid() {
            return 1;
        }

        @Override
        public boolean isAlive() {
            return false;
        }

        @Override
        public OptionalInt waitFor(Duration timeout) {
            return OptionalInt.of(1);
        }

        @Override
        public void terminate() {
        }

        @Override
        public void kill() {
        }

        @Override
        public String outputTail(int lines) {
            try {
                return LogTail.lastLines(output, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        @Override
        public Process process() {
            return null;
        }
    }
}
