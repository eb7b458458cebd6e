package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 to the Docker Engine API on a JDK socket channel ({@code unix://} socket or plain {@code tcp://}), one
 * connection per request ({@code Connection: close}): a unix-socket connection costs microseconds, and there is
 * no pool to set up, share or drain. Request bodies are JSON text or a stream sent chunked; responses are
 * {@link EngineResponse}s. The channel is read and written directly (never through {@code Channels} streams,
 * which lock the channel for a blocking read and so would stall a concurrent write, as an exec's input needs).
 */
final class EngineHttp {

    /** Writes a streamed request body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private final URI host;

    EngineHttp(URI host) {
        this.host = host;
    }

    URI host() {
        return host;
    }

    /** A request without a body. */
    EngineResponse send(String method, String path) throws IOException {
        return send(method, path, Map.of(), (byte[]) null);
    }

    /** A request with a JSON body (null for none). */
    EngineResponse sendJson(String method, String path, Object json) throws IOException {
        byte[] body = json == null ? null : EngineJson.write(json).getBytes(StandardCharsets.UTF_8);
        return send(method, path, Map.of("Content-Type", "application/json"), body);
    }

    /** A request with {@code body} (null for none) sent with its length. */
    EngineResponse send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        SocketChannel ch = open();
        try {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("Content-Length", Integer.toString(body == null ? 0 : body.length));
            ChannelStreams.write(ch, head(method, path, h));
            if (body != null && body.length > 0) {
                ChannelStreams.write(ch, ByteBuffer.wrap(body));
            }
            return EngineResponse.read(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** A request whose body {@code writer} streams (chunked transfer encoding). */
    EngineResponse stream(String method, String path, Map<String, String> headers, BodyWriter writer)
            throws IOException {
        SocketChannel ch = open();
        try {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("Transfer-Encoding", "chunked");
            ChannelStreams.write(ch, head(method, path, h));
            // the last chunk is sent only after the whole body: a failed writer must not end a partial body
            ChunkedStreams.Output out = new ChunkedStreams.Output(ChannelStreams.output(ch));
            try {
                writer.write(out);
                out.close();
            } catch (IOException e) {
                // the Engine may have answered (an error) and closed: its answer says more than a broken pipe
                EngineResponse early = EngineResponse.readIfAny(ch);
                if (early != null && early.status() >= 300) {
                    return early;
                }
                throw e;
            }
            return EngineResponse.read(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** A new connection to the Engine. */
    SocketChannel open() throws IOException {
        try {
            return "unix".equals(host.getScheme())
                    ? SocketChannel.open(UnixDomainSocketAddress.of(host.getPath()))
                    : SocketChannel.open(new InetSocketAddress(host.getHost(), host.getPort()));
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new DockerException("Cannot connect to the Docker Engine at " + host + ": " + why, 0, e);
        }
    }

    /** The request line and headers. */
    static ByteBuffer head(String method, String path, Map<String, String> headers) {
        StringBuilder sb = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: docker\r\n");
        boolean connection = false;
        for (Map.Entry<String, String> e : headers.entrySet()) {
            sb.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
            connection |= e.getKey().equalsIgnoreCase("Connection");
        }
        if (!connection) {
            sb.append("Connection: close\r\n");
        }
        sb.append("\r\n");
        return ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A path segment or query value, percent-encoded except for characters image names use ({@code / : @}). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                .replace("%3A", ":").replace("%40", "@");
    }

    /** A URL query string, skipping null and empty values. */
    static final class Query {
        private final StringBuilder sb = new StringBuilder();

        Query add(String key, String value) {
            if (value != null && !value.isEmpty()) {
                sb.append(sb.length() == 0 ? '?' : '&').append(key).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    /** Reads a response's body to its end, for requests whose answer does not matter beyond the status. */
    static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        while (in.read(buf) >= 0) {
            // discard
        }
    }
}
