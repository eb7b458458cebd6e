package io.jenkins.plugins.packer.engine.datasource.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.packer.engine.builtin.BuiltinComponents;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.template.Template;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.TemplateRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code http} data source against a real HTTP server on loopback (the JDK's), through a template. */
class HttpDataSourceTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Diagnostics diags = new Diagnostics();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/release", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("X-Token") + " " + body);
            byte[] out = "{\"version\": \"12.7\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.getResponseHeaders().add("X-Multi", "a");
            ex.getResponseHeaders().add("X-Multi", "b");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Template load(String text) throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), text);
        TemplateRequest r = new TemplateRequest(dir, List.of(), Map.of(), Map.of(), dir, BuiltinComponents.registry(),
                PackerFunctions.table(new PackerFunctions.Options(dir, Instant.EPOCH)), "1.16.0", true, true);
        return TemplateParser.parse(r, diags).template();
    }

    @Test
    void theResponseBodyAndHeadersFeedLocals() throws IOException {
        Template t = load("""
                locals {
                  token = "abc"
                  release = jsondecode(data.http.release.body).version
                }
                data "http" "release" {
                  url             = "%s"
                  method          = "POST"
                  request_headers = { X-Token = local.token }
                  request_body    = "which"
                }
                """.formatted(url("/release")));
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
        assertThat(t.localValues().get("release")).isEqualTo(Value.string("12.7"));
        assertThat(requests).containsExactly("POST abc which");
        Value out = t.context().variable("data").attributes().get("http").attributes().get("release");
        assertThat(out.attributes().get("url")).isEqualTo(Value.string(url("/release")));
        Map<String, Value> headers = out.attributes().get("request_headers").attributes();
        assertThat(headers.get("Content-Type")).isEqualTo(Value.string("application/json"));
        assertThat(headers.get("X-Multi")).isEqualTo(Value.string("a, b"));
    }

    @Test
    void aStatusOutside2xxIsAnErrorWithPackersMessage() throws IOException {
        load("data \"http\" \"x\" {\n  url = \"%s\"\n}\n".formatted(url("/missing")));
        assertThat(diags.asList()).extracting(Diagnostic::summary, Diagnostic::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("Failed to execute data source http.x",
                        "HTTP request error. Response code: 404"));
    }

    @Test
    void urlIsRequiredAndMethodsAreChecked() throws IOException {
        load("data \"http\" \"x\" {\n  method = \"FETCH\"\n}\n");
        assertThat(diags.asList()).extracting(Diagnostic::summary).contains("the `url` must be specified",
                "the `method` must be one of [HEAD GET POST PUT DELETE OPTIONS PATCH]");
    }

    @Test
    void textContentTypesAsPackerChecksThem() {
        assertThat(HttpDataSource.isText("text/plain; charset=utf-8")).isTrue();
        assertThat(HttpDataSource.isText("application/json")).isTrue();
        assertThat(HttpDataSource.isText("text/html; charset=ISO-8859-1")).isFalse();
        assertThat(HttpDataSource.isText("application/octet-stream")).isFalse();
        assertThat(HttpDataSource.isText("")).isFalse();
        assertThat(HttpDataSource.canonical("x-multi")).isEqualTo("X-Multi");
    }
}
