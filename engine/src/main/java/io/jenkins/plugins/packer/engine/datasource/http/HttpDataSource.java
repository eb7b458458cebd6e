package io.jenkins.plugins.packer.engine.datasource.http;

import io.jenkins.plugins.packer.engine.component.DataSource;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Packer's {@code http} data source: one request; a status outside 2xx is an error ("HTTP request error.
 * Response code: N"); the body is read as UTF-8 text; response headers with several values are joined with
 * {@code ", "} (RFC 2616 §4.2). A content type that is not text, JSON or SAML metadata gives a warning on
 * standard error, as Packer prints one, and the body is still returned.
 */
public final class HttpDataSource implements DataSource {

    private static final Pattern TEXT = Pattern.compile("^(text/.+|application/json|application/samlmetadata\\+xml.*)$");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpDataSourceConfig config;

    public HttpDataSource(HttpDataSourceConfig config) {
        this.config = config;
    }

    @Override
    public Type outputType() {
        return Type.object(Map.of("url", Type.STRING, "body", Type.STRING, "request_headers", Type.map(Type.STRING)));
    }

    @Override
    public Value execute() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url()))
                .method(config.effectiveMethod(), config.requestBody() == null || config.requestBody().isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(config.requestBody()));
        if (config.requestHeaders() != null) {
            config.requestHeaders().forEach(request::setHeader);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            throw new IOException("HTTP request error. Response code: " + response.statusCode());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!isText(contentType)) {
            System.err.printf("Content-Type is not recognized as a text type, got \"%s\"%n", contentType);
            System.err.println("If the content is binary data, Packer may not properly handle the contents of the "
                    + "response.");
        }
        Map<String, Value> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.put(canonical(name), Value.string(String.join(", ", values)));
            }
        });
        return Value.object(Map.of(
                "url", Value.string(config.url()),
                "body", Value.string(new String(response.body(), StandardCharsets.UTF_8)),
                "request_headers", Value.map(Type.STRING, headers)));
    }

    /** Text, JSON or SAML metadata in UTF-8 or US-ASCII (or no charset), as Packer checks. */
    static boolean isText(String contentType) {
        List<String> parts = List.of(contentType.split(";"));
        String type = parts.get(0).trim().toLowerCase();
        if (type.isEmpty() || !TEXT.matcher(type).matches()) {
            return false;
        }
        for (String p : parts.subList(1, parts.size())) {
            String[] kv = p.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                String cs = kv[1].trim().replace("\"", "").toLowerCase();
                return cs.isEmpty() || cs.equals("utf-8") || cs.equals("us-ascii");
            }
        }
        return true;
    }

    /** Go's canonical header key ({@code content-type} → {@code Content-Type}); the JDK lower-cases HTTP/2 names. */
    static String canonical(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            b.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return b.toString();
    }
}
