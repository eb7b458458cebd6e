package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Engine client's HTTP/1.1 and JSON handling against a scripted peer on a unix socket (what the real dockerd
 * answers is covered by the tests that use it: DockerCommunicatorTest, DockerBuilderTest, the ITs).
 */
class EngineHttpTest {

    @TempDir
    Path tmp;

    /** Accepts one connection, reads the request (head and body) and answers {@code answer}. */
    private CompletableFuture<String> peer(ServerSocketChannel server, String answer) {
        return CompletableFuture.supplyAsync(() -> {
            try (SocketChannel ch = server.accept()) {
                InputStream in = ChannelStreams.input(ch);
                StringBuilder request = new StringBuilder();
                boolean chunked = false;
                int length = 0;
                for (String line = EngineResponse.readLine(in); !line.isEmpty(); line = EngineResponse.readLine(in)) {
                    request.append(line).append('\n');
                    chunked |= line.equalsIgnoreCase("Transfer-Encoding: chunked");
                    if (line.startsWith("Content-Length: ")) {
                        length = Integer.parseInt(line.substring(16));
                    }
                }
                request.append('\n');
                if (chunked) {
                    request.append(new String(new ChunkedStreams.Input(in).readAllBytes(), StandardCharsets.UTF_8));
                } else {
                    request.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                }
                ChannelStreams.write(ch, ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)));
                return request.toString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private ServerSocketChannel listen(String name) throws IOException {
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(tmp.resolve(name)));
        return s;
    }

    private URI host(String name) {
        return URI.create("unix://" + tmp.resolve(name));
    }

    @Test
    void sendsJsonAndReadsLengthDelimitedAnswers() throws Exception {
        try (ServerSocketChannel server = listen("e.sock")) {
            CompletableFuture<String> req = peer(server, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20\r\n\r\n{\"Id\":\"abc\",\"W\":[]}");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("Image", "busybox");
            body.put("Cmd", List.of("sh", "-c", "echo \"hi\"\n"));
            body.put("Tty", true);
            Object answer = new EngineHttp(host("e.sock")).sendJson("POST", "/containers/create?name=x", body).checkedJson();
            assertThat(EngineJson.text(answer, "Id")).isEqualTo("abc");
            assertThat(req.get()).startsWith("POST /containers/create?name=x HTTP/1.1\nHost: docker\n")
                    .contains("Content-Type: application/json\n", "Connection: close\n")
                    .endsWith("\n\n{\"Image\":\"busybox\",\"Cmd\":[\"sh\",\"-c\",\"echo \\\"hi\\\"\\n\"],\"Tty\":true}");
        }
    }

    @Test
    void streamsChunkedBodiesBothWays() throws Exception {
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        try (ServerSocketChannel server = listen("e.sock")) {
            CompletableFuture<String> req = peer(server, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "1e\r\n{\"status\":\"Loading\",\"id\":\"l1\"}\r\n"
                    + "28;ext=1\r\n{\"status\":\"Loading\",\"id\":\"l1\"}{\"status\":\r\n"
                    + "1d\r\n\"sha256:feed\",\"progress\":\"x\"}\r\n0\r\nTrailer: t\r\n\r\n");
            List<String> lines = new ArrayList<>();
            String last;
            try (EngineResponse r = new EngineHttp(host("e.sock")).stream("POST", "/images/create?fromSrc=-",
                    Map.of("Content-Type", "application/x-tar"), out -> {
                        out.write(big, 0, 10);
                        out.write(big, 10, big.length - 10);
                    }).check()) {
                last = EngineMessages.follow(r.body(), lines::add);
            }
            assertThat(last).isEqualTo("sha256:feed");
            assertThat(lines).containsExactly("l1: Loading", "sha256:feed");
            String request = req.get();
            assertThat(request).contains("Transfer-Encoding: chunked\n");
            assertThat(request.substring(request.indexOf("\n\n") + 2)).isEqualTo(new String(big, StandardCharsets.UTF_8));
        }
    }

    @Test
    void engineErrorsCarryTheEnginesMessageAndStatus() throws Exception {
        try (ServerSocketChannel server = listen("e.sock")) {
            peer(server, "HTTP/1.1 404 Not Found\r\nContent-Length: 40\r\n\r\n{\"message\":\"No such image: x:latest\"}\n\n");
            assertThatThrownBy(() -> new EngineHttp(host("e.sock")).send("GET", "/images/x/json").checkedJson())
                    .isInstanceOfSatisfying(DockerException.class, e -> {
                        assertThat(e.notFound()).isTrue();
                        assertThat(e).hasMessage("No such image: x:latest");
                    });
        }
        try (ServerSocketChannel server = listen("f.sock")) {
            peer(server, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3f\r\n{\"errorDetail\":{\"message\":\"denied: no\"},\"error\":\"denied: no\"}\n\r\n0\r\n\r\n");
            assertThatThrownBy(() -> {
                try (EngineResponse r = new EngineHttp(host("f.sock"))
                        .send("POST", "/images/x/push").check()) {
                    EngineMessages.follow(r.body(), null);
                }
            }).isInstanceOf(DockerException.class).hasMessage("denied: no");
        }
        assertThatThrownBy(() -> new EngineHttp(host("none.sock")).send("GET", "/"))
                .isInstanceOf(DockerException.class).hasMessageStartingWith("Cannot connect to the Docker Engine at unix://");
    }

    @Test
    void jsonRoundTripsTheEnginesShapes() throws IOException {
        String text = "{\"a\":[1,-2.5,true,false,null,\"x\\u00e9\\n\\\"\"],\"b\":{},\"c\":[]}";
        Object v = EngineJson.parse(" " + text + " ");
        assertThat(EngineJson.at(v, "a")).isEqualTo(java.util.Arrays.asList(1L, -2.5, true, false, null, "xé\n\""));
        assertThat(EngineJson.write(v)).isEqualTo(text.replace("\\u00e9", "é"));
        assertThat(EngineJson.parse("-2.5e3")).isEqualTo(-2500.0);
        assertThat(EngineJson.strings(v, "missing")).isEmpty();
        assertThat(EngineJson.text(v, "b", "c")).isEmpty();
        assertThat(EngineJson.write(Map.of("k", "\u0001\t"))).isEqualTo("{\"k\":\"\\u0001\\t\"}");
        assertThatThrownBy(() -> EngineJson.parse("{\"a\":}")).hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> EngineJson.parse("[1,2")).hasMessageContaining("invalid JSON");
    }

    @Test
    void chunkedCodingRoundTrips() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ChunkedStreams.Output out = new ChunkedStreams.Output(wire);
        out.write('x');
        out.write(new byte[100_000]);
        out.close();
        out.close();
        byte[] back = new ChunkedStreams.Input(new ByteArrayInputStream(wire.toByteArray())).readAllBytes();
        assertThat(back).hasSize(100_001);
        assertThat(back[0]).isEqualTo((byte) 'x');
        assertThatThrownBy(() -> new ChunkedStreams.Input(new ByteArrayInputStream("zz\r\n".getBytes(
                StandardCharsets.US_ASCII))).read()).hasMessageContaining("bad chunk size");
    }

    @Test
    void registryAuthIsUrlSafeBase64Json() {
        String header = EngineApiDriver.authHeader(new RegistryAuth("r:5000", "u", "p?>")).get("X-Registry-Auth");
        assertThat(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8))
                .isEqualTo("{\"username\":\"u\",\"password\":\"p?>\",\"serveraddress\":\"r:5000\"}");
        assertThat(EngineApiDriver.authHeader(null).get("X-Registry-Auth"))
                .isEqualTo(Base64.getUrlEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8)));
    }
}
