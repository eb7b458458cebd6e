package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An Engine API answer: status, headers and a body stream that ends where the body ends (by
 * {@code Content-Length}, chunked coding, or the connection's end). For {@code 101 UPGRADED} the body is the raw
 * connection. Closing the response closes its connection.
 */
final class EngineResponse implements AutoCloseable {

    private static final int MAX_LINE = 64 * 1024;

    private final SocketChannel channel;
    private final int status;
    private final Map<String, String> headers;
    private final InputStream body;

    private EngineResponse(SocketChannel channel, int status, Map<String, String> headers, InputStream body) {
        this.channel = channel;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** Reads the status line and headers from {@code ch}. */
    static EngineResponse read(SocketChannel ch) throws IOException {
        InputStream in = new BufferedInputStream(ChannelStreams.input(ch), 16 * 1024);
        String statusLine = readLine(in);
        if (statusLine.isEmpty()) {
            throw new DockerException("The Docker Engine closed the connection without an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw new DockerException("Not an HTTP answer from the Docker Engine: " + statusLine);
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        InputStream body;
        String length = headers.get("content-length");
        if (status == 101) {
            body = in;
        } else if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            body = new ChunkedStreams.Input(in);
        } else if (status == 204 || status == 304) {
            body = InputStream.nullInputStream();
        } else if (length != null) {
            body = new BoundedInput(in, Long.parseLong(length));
        } else {
            body = in;
        }
        return new EngineResponse(ch, status, headers, body);
    }

    /** The answer the Engine already sent (e.g. an error before the whole request body), or null. */
    static EngineResponse readIfAny(SocketChannel ch) {
        try {
            return read(ch);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    InputStream body() {
        return body;
    }

    /** The whole body as text. */
    String text() throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The whole body as JSON. */
    Object json() throws IOException {
        return EngineJson.parse(text());
    }

    /** Throws the Engine's error for a status of 300 or more (its JSON {@code message}); returns this otherwise. */
    EngineResponse check() throws IOException {
        if (status >= 300) {
            String text;
            try {
                text = text().strip();
            } catch (IOException e) {
                text = "";
            } finally {
                close();
            }
            throw new DockerException(message(text, status), status, null);
        }
        return this;
    }

    /** Checks the status and reads the body as JSON, then closes. */
    Object checkedJson() throws IOException {
        try (EngineResponse r = check()) {
            return r.json();
        }
    }

    /** Checks the status and reads the body to its end, then closes. */
    void checkedDrain() throws IOException {
        try (EngineResponse r = check()) {
            EngineHttp.drain(r.body());
        }
    }

    /** The {@code message} of an Engine JSON error body, or the body itself. */
    static String message(String body, int status) {
        if (body.startsWith("{")) {
            try {
                String m = EngineJson.text(EngineJson.parse(body), "message");
                if (!m.isEmpty()) {
                    return m;
                }
            } catch (IOException ignored) {
                // not JSON after all: keep the text
            }
        }
        return body.isEmpty() ? "HTTP status " + status : body;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing our end only
        }
    }

    /** A line ending in LF (CR LF), without the line end; empty at the end of the stream. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.size() > MAX_LINE) {
                throw new IOException("overlong line from the Docker Engine");
            }
            line.write(c);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** The first {@code length} bytes of a stream. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInput(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int c = in.read();
            if (c >= 0) {
                remaining--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
