package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A <em>simulated</em> Docker Engine on a unix socket, for the class-data sharing training only
 * ({@link DockerWarmup}): it answers each request of a docker build with a fixed, well-formed answer (a
 * container {@code c0}, an exec {@code e0} that prints a line to each stream and exits 0, small tar streams), so
 * that the training exercises the real client code paths without a daemon. Never used by builds.
 */
final class TrainingEngine implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Thread thread;
    private final byte[] fileTar;
    private final byte[] dirTar;

    private TrainingEngine(ServerSocketChannel server) throws IOException {
        this.server = server;
        this.fileTar = tar(false);
        this.dirTar = tar(true);
        this.thread = new Thread(this::serve, "docker-training-engine");
        thread.setDaemon(true);
        thread.start();
    }

    static TrainingEngine start(Path socket) throws IOException {
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(socket));
        return new TrainingEngine(s);
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                answer(ch);
            } catch (IOException | RuntimeException e) {
                // the next connection, or closed
            }
        }
    }

    private void answer(SocketChannel ch) throws IOException {
        InputStream in = new java.io.BufferedInputStream(ChannelStreams.input(ch));
        String[] request = EngineResponse.readLine(in).split(" ");
        boolean chunked = false;
        long length = 0;
        for (String h = EngineResponse.readLine(in); !h.isEmpty(); h = EngineResponse.readLine(in)) {
            chunked |= h.equalsIgnoreCase("Transfer-Encoding: chunked");
            if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Long.parseLong(h.substring(15).strip());
            }
        }
        if (chunked) {
            EngineHttp.drain(new ChunkedStreams.Input(in));
        } else {
            in.readNBytes((int) length);
        }
        String method = request[0];
        String path = request[1];
        if (path.startsWith("/exec/e0/start")) {
            ByteArrayOutputStream frames = new ByteArrayOutputStream();
            frames.writeBytes(ascii("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n"));
            frame(frames, 1, "training\n");
            frame(frames, 2, "warning\n");
            ChannelStreams.write(ch, ByteBuffer.wrap(frames.toByteArray()));
        } else if (path.startsWith("/containers/c0/archive") && method.equals("GET")) {
            send(ch, 200, "application/x-tar", path.contains("path=%2Fd") ? dirTar : fileTar);
        } else if (path.startsWith("/containers/c0/export")) {
            send(ch, 200, "application/x-tar", dirTar);
        } else if (path.startsWith("/images/create")) {
            byte[] body = ascii("{\"status\":\"Loading layer\",\"id\":\"l1\"}\r\n{\"status\":\"sha256:2\"}\r\n");
            ChannelStreams.write(ch, ByteBuffer.wrap(ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(body.length) + "\r\n")));
            ChannelStreams.write(ch, ByteBuffer.wrap(body));
            ChannelStreams.write(ch, ByteBuffer.wrap(ascii("\r\n0\r\n\r\n")));
        } else {
            String json = json(method, path);
            send(ch, json == null ? 404 : json.isEmpty() ? 204 : 200, "application/json",
                    ascii(json == null ? "{\"message\":\"not simulated\"}" : json));
        }
    }

    private static String json(String method, String path) {
        if (path.startsWith("/version")) {
            return "{\"Version\":\"training\",\"ApiVersion\":\"1.41\"}";
        } else if (path.startsWith("/images/") && path.endsWith("/json")) {
            return "{\"Id\":\"sha256:0\",\"Config\":{\"Cmd\":[\"/bin/sh\"],\"Entrypoint\":null},\"RepoDigests\":[],"
                    + "\"RepoTags\":[\"training/busybox:latest\"]}";
        } else if (path.startsWith("/containers/create")) {
            return "{\"Id\":\"c0\",\"Warnings\":[]}";
        } else if (path.equals("/containers/c0/json")) {
            return "{\"Id\":\"c0\",\"Config\":{\"User\":\"\"},\"State\":{\"Running\":true}}";
        } else if (path.equals("/containers/c0/exec")) {
            return "{\"Id\":\"e0\"}";
        } else if (path.equals("/exec/e0/json")) {
            return "{\"Running\":false,\"ExitCode\":0,\"Pid\":42}";
        } else if (path.startsWith("/commit")) {
            return "{\"Id\":\"sha256:1\"}";
        } else if (method.equals("PUT") || method.equals("DELETE") || path.endsWith("/start")
                || path.contains("/tag")) {
            return "";
        }
        return null;
    }

    private static void send(SocketChannel ch, int status, String type, byte[] body) throws IOException {
        ChannelStreams.write(ch, ByteBuffer.wrap(ascii("HTTP/1.1 " + status + " X\r\nContent-Type: " + type
                + "\r\nContent-Length: " + (status == 204 ? 0 : body.length) + "\r\n\r\n")));
        if (status != 204) {
            ChannelStreams.write(ch, ByteBuffer.wrap(body));
        }
    }

    private static void frame(ByteArrayOutputStream out, int stream, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(8).put(0, (byte) stream).putInt(4, b.length).array());
        out.writeBytes(b);
    }

    private static byte[] tar(boolean dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = TarUpload.open(bytes)) {
            String prefix = "";
            if (dir) {
                TarArchiveEntry d = new TarArchiveEntry("d/");
                d.setMode(040755);
                tar.putArchiveEntry(d);
                tar.closeArchiveEntry();
                prefix = "d/";
            }
            byte[] content = ascii("training\n");
            TarArchiveEntry f = new TarArchiveEntry(prefix + "f");
            f.setMode(0100644);
            f.setSize(content.length);
            tar.putArchiveEntry(f);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a training socket
        }
        thread.interrupt();
    }

    /** The socket's path as {@code DOCKER_HOST} would name it. */
    static java.net.URI host(Path socket) {
        return java.net.URI.create("unix://" + socket);
    }
}
