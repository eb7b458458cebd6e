package io.jenkins.plugins.packer.engine.httpserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.packer.engine.net.PortRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Packer's HTTP server for installers ({@code http_directory} or {@code http_content}): serves files of a
 * directory (as Go's {@code http.FileServer}: index.html, directory listings, redirects to the trailing-slash
 * form) or fixed contents by exact path, with content types by extension or sniffing, {@code HEAD}, and single
 * byte-range requests (206/416). Listens on a free port of a range on the bind address until closed.
 */
public final class HttpSeedServer implements AutoCloseable {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path directory;
    private final Map<String, String> content;
    private final Consumer<String> log;

    private HttpSeedServer(HttpServer server, ExecutorService executor, Path directory, Map<String, String> content,
            Consumer<String> log) {
        this.server = server;
        this.executor = executor;
        this.directory = directory;
        this.content = content;
        this.log = log;
    }

    /**
     * Starts serving {@code directory} (or, when null, {@code content}: path → text) on a free port of
     * {@code ports} bound to {@code bindAddress}.
     *
     * @param log receives one line per request ("GET /seed.sh 200"), for the debug log
     */
    public static HttpSeedServer start(String bindAddress, PortRange ports, Path directory, Map<String, String> content,
            Consumer<String> log) throws IOException {
        InetAddress addr = InetAddress.getByName(bindAddress == null || bindAddress.isEmpty() ? "0.0.0.0" : bindAddress);
        Random random = new Random();
        Set<Integer> tried = new HashSet<>();
        IOException last = null;
        for (int attempt = 0; attempt < 20 && tried.size() <= ports.max() - ports.min(); attempt++) {
            int port;
            try {
                port = ports.pickFree(addr.getHostAddress(), random, tried);
            } catch (IOException e) {
                last = e;
                break;
            }
            tried.add(port);
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(addr, port), 16);
                ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "http-seed-" + port);
                    t.setDaemon(true);
                    return t;
                });
                HttpSeedServer s = new HttpSeedServer(server, executor, directory,
                        content == null ? Map.of() : Map.copyOf(content), log == null ? m -> { } : log);
                server.createContext("/", s::handle);
                server.setExecutor(executor);
                server.start();
                return s;
            } catch (BindException e) {
                last = e; // taken in the meantime: try another port
            }
        }
        throw last != null ? last : new IOException("no free port in range " + ports.min() + "-" + ports.max());
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        int status;
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                status = 405;
                sendText(ex, 405, "405 method not allowed\n");
            } else {
                String path = cleanPath(ex.getRequestURI());
                status = directory != null ? serveDirectory(ex, path) : serveContent(ex, path);
            }
        } catch (IOException | RuntimeException e) {
            status = 500;
            log.accept("http: " + ex.getRequestURI() + ": " + e.getMessage());
        } finally {
            ex.close();
        }
        log.accept(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + status);
    }

    /** The request path made absolute and free of {@code .}/{@code ..} segments (Go's {@code path.Clean}). */
    static String cleanPath(URI uri) {
        String p = uri.getPath();
        if (p == null || p.isEmpty()) {
            p = "/";
        }
        boolean trailing = p.endsWith("/") && p.length() > 1;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(seg);
            }
        }
        String cleaned = "/" + String.join("/", parts);
        if (trailing && !cleaned.equals("/")) {
            cleaned += "/";
        }
        return cleaned;
    }

    private int serveContent(HttpExchange ex, String path) throws IOException {
        String key = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String text = content.get(key);
        if (text == null) {
            return sendText(ex, 404, "404 page not found\n");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return sendBytes(ex, key, bytes, null);
    }

    private int serveDirectory(HttpExchange ex, String path) throws IOException {
        if (path.endsWith("/index.html")) {
            return redirect(ex, "./");
        }
        Path target = directory;
        for (String seg : path.split("/")) {
            if (!seg.isEmpty()) {
                target = target.resolve(seg);
            }
        }
        if (!target.normalize().startsWith(directory.normalize()) || !Files.exists(target)) {
            return sendText(ex, 404, "404 page not found\n");
        }
        if (Files.isDirectory(target)) {
            if (!path.endsWith("/")) {
                String last = path.substring(path.lastIndexOf('/') + 1);
                return redirect(ex, last + "/");
            }
            Path index = target.resolve("index.html");
            if (Files.isRegularFile(index)) {
                return sendFile(ex, index);
            }
            return listing(ex, target);
        }
        if (path.endsWith("/")) {
            return redirect(ex, "../" + target.getFileName());
        }
        return sendFile(ex, target);
    }

    private int listing(HttpExchange ex, Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("<!doctype html>\n<meta name=\"viewport\" content=\"width=device-width\">\n<pre>\n");
        TreeMap<String, Boolean> names = new TreeMap<>();
        try (var s = Files.list(dir)) {
            s.forEach(p -> names.put(p.getFileName().toString(), Files.isDirectory(p)));
        }
        names.forEach((n, isDir) -> {
            String shown = isDir ? n + "/" : n;
            sb.append("<a href=\"").append(escape(shown)).append("\">").append(escape(shown)).append("</a>\n");
        });
        sb.append("</pre>\n");
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        return write(ex, 200, b, 0, b.length);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    private int sendFile(HttpExchange ex, Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attrs.size();
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        ex.getResponseHeaders().set("Content-Type", ContentTypes.of(file.getFileName().toString(), head, n));
        ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(attrs.lastModifiedTime().toInstant()));
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        ByteRange.Parsed range = ByteRange.parse(ex.getRequestHeaders().getFirst("Range"), size);
        if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
            ex.getResponseHeaders().set("Content-Range", "bytes */" + size);
            return sendText(ex, 416, "invalid range: failed to overlap\n");
        }
        long start = 0;
        long length = size;
        int status = 200;
        if (range.kind() == ByteRange.Kind.SINGLE) {
            start = range.range().start();
            length = range.range().length();
            status = 206;
            ex.getResponseHeaders().set("Content-Range", range.range().contentRange(size));
        }
        boolean head0 = ex.getRequestMethod().equals("HEAD");
        ex.getResponseHeaders().set("Content-Length", Long.toString(length));
        ex.sendResponseHeaders(status, head0 ? -1 : length == 0 ? -1 : length);
        if (!head0 && length > 0) {
            try (InputStream in = Files.newInputStream(file); OutputStream out = ex.getResponseBody()) {
                in.skipNBytes(start);
                byte[] buf = new byte[64 * 1024];
                long left = length;
                while (left > 0) {
                    int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (r < 0) {
                        break;
                    }
                    out.write(buf, 0, r);
                    left -= r;
                }
            }
        }
        return status;
    }

    private int sendBytes(HttpExchange ex, String name, byte[] bytes, String type) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type != null ? type : ContentTypes.of(name, bytes, bytes.length));
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        ByteRange.Parsed range = ByteRange.parse(ex.getRequestHeaders().getFirst("Range"), bytes.length);
        if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
            ex.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
            return sendText(ex, 416, "invalid range: failed to overlap\n");
        }
        if (range.kind() == ByteRange.Kind.SINGLE) {
            ex.getResponseHeaders().set("Content-Range", range.range().contentRange(bytes.length));
            return write(ex, 206, bytes, (int) range.range().start(), (int) range.range().length());
        }
        return write(ex, 200, bytes, 0, bytes.length);
    }

    private int redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        return sendText(ex, 301, "");
    }

    private static int sendText(HttpExchange ex, int status, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (!text.isEmpty()) {
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        }
        return write(ex, status, b, 0, b.length);
    }

    private static int write(HttpExchange ex, int status, byte[] b, int off, int len) throws IOException {
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.getResponseHeaders().set("Content-Length", Integer.toString(len));
        ex.sendResponseHeaders(status, head || len == 0 ? -1 : len);
        if (!head && len > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b, off, len);
            }
        }
        return status;
    }
}
