package io.jenkins.plugins.packer.engine.builder.docker;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Engine API calls made directly on docker-java's HTTP transport, for options docker-java's commands lack:
 * {@code POST /commit} and {@code POST /images/create?fromSrc=-} (import) with Dockerfile {@code changes}
 * and a platform.
 */
final class EngineRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;

    EngineRequests(DockerHttpClient http) {
        this.http = http;
    }

    /** {@code POST /commit}: returns the new image id. */
    String commit(String container, String author, String message, List<String> changes) throws IOException {
        Query q = new Query().add("container", container).add("author", author).add("comment", message)
                .add("pause", "true");
        changes.forEach(c -> q.add("changes", c));
        DockerHttpClient.Request req = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST).path("/commit" + q)
                .putHeader("Content-Type", "application/json").bodyBytes(new byte[0]).build();
        try (DockerHttpClient.Response r = execute(req)) {
            String body = new String(r.getBody().readAllBytes(), StandardCharsets.UTF_8);
            check(r.getStatusCode(), body);
            return JSON.readTree(body).path("Id").asText();
        }
    }

    /** {@code POST /images/create?fromSrc=-}: imports a root file-system tar; returns the new image id. */
    String importImage(InputStream tar, String repository, String tag, List<String> changes, String platform)
            throws IOException {
        Query q = new Query().add("fromSrc", "-").add("repo", repository).add("tag", tag).add("platform", platform);
        changes.forEach(c -> q.add("changes", c));
        DockerHttpClient.Request req = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST).path("/images/create" + q)
                .putHeader("Content-Type", "application/x-tar").body(tar).build();
        try (DockerHttpClient.Response r = execute(req)) {
            if (r.getStatusCode() >= 300) {
                check(r.getStatusCode(), new String(r.getBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            return lastStatus(r.getBody());
        }
    }

    /** The id an import reports: the last {@code status} of its JSON message stream; its error if any. */
    static String lastStatus(InputStream messages) throws IOException {
        String id = null;
        try (JsonParser p = JSON.getFactory().createParser(messages);
             MappingIterator<JsonNode> it = JSON.readValues(p, JsonNode.class)) {
            while (it.hasNextValue()) {
                JsonNode n = it.nextValue();
                if (n.hasNonNull("error")) {
                    String detail = n.path("errorDetail").path("message").asText(n.get("error").asText());
                    throw new DockerException(detail);
                }
                if (n.hasNonNull("status")) {
                    id = n.get("status").asText().strip();
                }
            }
        }
        if (id == null || id.isEmpty()) {
            throw new DockerException("The Docker Engine did not report the imported image's id");
        }
        return id;
    }

    private DockerHttpClient.Response execute(DockerHttpClient.Request req) throws DockerException {
        try {
            return http.execute(req);
        } catch (RuntimeException e) {
            throw EngineErrors.convert(e);
        }
    }

    private static void check(int status, String body) throws DockerException {
        if (status >= 300) {
            throw new DockerException(EngineErrors.bodyMessage(body.strip()), status, null);
        }
    }

    /** A URL query string, skipping null and empty values. */
    private static final class Query {
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
}
