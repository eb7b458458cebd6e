package io.jenkins.plugins.packer.engine.httpserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.net.PortRange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpSeedServerTest {

    @TempDir
    Path dir;

    private HttpSeedServer server;
    private final List<String> log = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("seed.sh"), "#!/bin/sh\necho installed > /mnt/disk/installed.txt\n");
        Files.writeString(dir.resolve("preseed.cfg"), "d-i debian-installer/locale string en_US\n");
        Files.writeString(dir.resolve("ks.json"), "{}");
        Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 5, 6, 7, 8, 9});
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("sub/a.txt"), "A");
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/index.html"), "<html>hi</html>");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void startDirectory() throws Exception {
        server = HttpSeedServer.start("127.0.0.1", new PortRange(18000, 18999), dir, null, log::add);
    }

    @Test
    void servesFilesWithGoLikeContentTypes() throws Exception {
        startDirectory();
        assertThat(server.port()).isBetween(18000, 18999);
        HttpResponse<byte[]> seed = get("/seed.sh");
        assertThat(seed.statusCode()).isEqualTo(200);
        assertThat(new String(seed.body(), StandardCharsets.UTF_8)).startsWith("#!/bin/sh");
        assertThat(seed.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get("/preseed.cfg").headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get("/ks.json").headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(get("/blob.bin").headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(get("/seed.sh").headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(log).contains("GET /seed.sh 200");
    }

    @Test
    void byteRanges() throws Exception {
        startDirectory();
        HttpResponse<byte[]> r = get("/blob.bin", "Range", "bytes=2-4");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.body()).containsExactly(2, 3, (byte) 0xFF);
        assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 2-4/10");
        assertThat(get("/blob.bin", "Range", "bytes=-3").body()).containsExactly(7, 8, 9);
        assertThat(get("/blob.bin", "Range", "bytes=8-").body()).containsExactly(8, 9);
        assertThat(get("/blob.bin", "Range", "bytes=5-100").body()).containsExactly(5, 6, 7, 8, 9);
        HttpResponse<byte[]> bad = get("/blob.bin", "Range", "bytes=10-");
        assertThat(bad.statusCode()).isEqualTo(416);
        assertThat(bad.headers().firstValue("Content-Range")).hasValue("bytes */10");
        // several ranges: served whole (allowed by RFC 9110)
        assertThat(get("/blob.bin", "Range", "bytes=0-1,4-5").statusCode()).isEqualTo(200);
    }

    @Test
    void headReturnsHeadersOnly() throws Exception {
        startDirectory();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/blob.bin")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Length")).hasValue("10");
    }

    @Test
    void directoriesListRedirectAndServeIndex() throws Exception {
        startDirectory();
        HttpResponse<byte[]> redirect = get("/sub");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("sub/");
        String listing = new String(get("/sub/").body(), StandardCharsets.UTF_8);
        assertThat(listing).contains("<a href=\"a.txt\">a.txt</a>", "<a href=\"deeper/\">deeper/</a>");
        assertThat(new String(get("/site/").body(), StandardCharsets.UTF_8)).isEqualTo("<html>hi</html>");
        assertThat(get("/site/index.html").statusCode()).isEqualTo(301);
    }

    @Test
    void missingFilesAndEscapesAre404() throws Exception {
        startDirectory();
        assertThat(get("/nope").statusCode()).isEqualTo(404);
        assertThat(new String(get("/nope").body(), StandardCharsets.UTF_8)).isEqualTo("404 page not found\n");
        // ".." cannot leave the directory
        assertThat(get("/../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(get("/sub/../seed.sh").statusCode()).isEqualTo(200);
    }

    @Test
    void httpContentServesExactPathsOnly() throws Exception {
        server = HttpSeedServer.start("127.0.0.1", new PortRange(18000, 18999), null,
                Map.of("/preseed.cfg", "answer\n", "/a/b", "<!doctype html><p>x"), log::add);
        HttpResponse<byte[]> r = get("/preseed.cfg");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("answer\n");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get("/a/b").headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(get("/a").statusCode()).isEqualTo(404);
        assertThat(get("/preseed.cfg", "Range", "bytes=0-2").body()).isEqualTo("ans".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTakenPortIsSkipped() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(18500, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            for (int i = 0; i < 5; i++) {
                try (HttpSeedServer s = HttpSeedServer.start("127.0.0.1", new PortRange(18500, 18501), dir, null,
                        null)) {
                    assertThat(s.port()).isEqualTo(18501);
                }
            }
        }
    }

    @Test
    void sniffing() {
        byte[] utf8 = "gr\u00fc\u00df".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentTypes.of("x", utf8, utf8.length)).isEqualTo("text/plain; charset=utf-8");
        byte[] xml = "<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentTypes.of("autounattend", xml, xml.length)).isEqualTo("text/xml; charset=utf-8");
        assertThat(ContentTypes.of("x.XML", new byte[0], 0)).isEqualTo("text/xml; charset=utf-8");
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0};
        assertThat(ContentTypes.of("x", gz, 4)).isEqualTo("application/x-gzip");
    }
}
