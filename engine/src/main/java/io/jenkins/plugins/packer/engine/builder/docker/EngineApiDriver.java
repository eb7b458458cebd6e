package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.LineSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link DockerDriver} over the Docker Engine API ({@code unix://} socket or plain {@code tcp://}), with the
 * engine's own small HTTP/1.1 client ({@link EngineHttp}) and JSON ({@link EngineJson}). Requests use the
 * Engine's current API version (unversioned paths). Registry credentials travel only in the
 * {@code X-Registry-Auth} header of the request that needs them.
 */
public final class EngineApiDriver implements DockerDriver {

    private final EngineHttp http;

    private EngineApiDriver(URI host) {
        this.http = new EngineHttp(host);
    }

    /** A driver for the Engine at {@code DOCKER_HOST} of this process's environment. */
    public static EngineApiDriver fromEnvironment() throws DockerException {
        return new EngineApiDriver(DockerHost.fromEnvironment(System.getenv()));
    }

    /** A driver for the Engine at {@code host} ({@code unix:///path} or {@code tcp://host:port}). */
    public static EngineApiDriver connect(URI host) {
        return new EngineApiDriver(host);
    }

    @Override
    public String version() throws IOException {
        return EngineJson.text(http.send("GET", "/version").checkedJson(), "Version");
    }

    @Override
    public Optional<ImageInfo> inspectImage(String ref) throws IOException {
        EngineResponse r = http.send("GET", "/images/" + EngineHttp.encode(ref) + "/json");
        if (r.status() == 404) {
            r.close();
            return Optional.empty();
        }
        Object n = r.checkedJson();
        return Optional.of(new ImageInfo(EngineJson.text(n, "Id"), EngineJson.strings(n, "Config", "Entrypoint"),
                EngineJson.strings(n, "Config", "Cmd"), EngineJson.strings(n, "RepoDigests"),
                EngineJson.strings(n, "RepoTags")));
    }

    @Override
    public void pull(String image, String platform, RegistryAuth auth, LineSink progress) throws IOException {
        ImageName name = ImageName.parse(image);
        EngineHttp.Query q = new EngineHttp.Query().add("fromImage", name.repository())
                .add("tag", name.digest() != null ? name.digest() : name.tagOrLatest()).add("platform", platform);
        try (EngineResponse r = http.send("POST", "/images/create" + q, authHeader(auth), null).check()) {
            EngineMessages.follow(r.body(), progress);
        }
    }

    @Override
    public void login(RegistryAuth auth) throws IOException {
        http.sendJson("POST", "/auth", authJson(auth)).checkedDrain();
    }

    @Override
    public String createContainer(ContainerSpec spec) throws IOException {
        EngineHttp.Query q = new EngineHttp.Query().add("name", spec.name()).add("platform", spec.platform());
        return EngineJson.text(http.sendJson("POST", "/containers/create" + q, ContainerSpecs.body(spec))
                .checkedJson(), "Id");
    }

    @Override
    public void startContainer(String id) throws IOException {
        http.send("POST", "/containers/" + id + "/start").checkedDrain();
    }

    @Override
    public String containerUser(String id) throws IOException {
        return EngineJson.text(http.send("GET", "/containers/" + id + "/json").checkedJson(), "Config", "User");
    }

    @Override
    public ExecSession exec(String containerId, List<String> cmd, String user, InputStream stdin,
            OutputStream stdout, OutputStream stderr) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Cmd", cmd);
        if (user != null && !user.isEmpty()) {
            body.put("User", user);
        }
        body.put("AttachStdin", stdin != null);
        body.put("AttachStdout", true);
        body.put("AttachStderr", true);
        body.put("Tty", false);
        String execId = EngineJson.text(http.sendJson("POST", "/containers/" + containerId + "/exec", body)
                .checkedJson(), "Id");
        return EngineExecStream.start(http, execId, stdin, stdout, stderr);
    }

    @Override
    public void copyToContainer(String id, String dir, InputStream tar) throws IOException {
        String path = "/containers/" + id + "/archive" + new EngineHttp.Query().add("path", dir);
        http.stream("PUT", path, Map.of("Content-Type", "application/x-tar"), tar::transferTo).checkedDrain();
    }

    @Override
    public InputStream copyFromContainer(String id, String path) throws IOException {
        return http.send("GET", "/containers/" + id + "/archive" + new EngineHttp.Query().add("path", path))
                .check().body();
    }

    @Override
    public String commit(String id, String author, String message, List<String> changes) throws IOException {
        EngineHttp.Query q = new EngineHttp.Query().add("container", id).add("author", author).add("comment", message)
                .add("pause", "true");
        changes.forEach(c -> q.add("changes", c));
        return EngineJson.text(http.sendJson("POST", "/commit" + q, Map.of()).checkedJson(), "Id");
    }

    @Override
    public void exportContainer(String id, OutputStream out) throws IOException {
        try (EngineResponse r = http.send("GET", "/containers/" + id + "/export").check()) {
            r.body().transferTo(out);
        }
    }

    @Override
    public void removeContainer(String id) throws IOException {
        EngineResponse r = http.send("DELETE", "/containers/" + id + "?force=true&v=true");
        if (r.status() == 404) {
            r.close();
            return;
        }
        r.checkedDrain();
    }

    @Override
    public void removeImage(String ref) throws IOException {
        http.send("DELETE", "/images/" + EngineHttp.encode(ref) + "?force=true").checkedDrain();
    }

    @Override
    public void tagImage(String image, String repository, String tag) throws IOException {
        EngineHttp.Query q = new EngineHttp.Query().add("repo", repository)
                .add("tag", tag == null || tag.isEmpty() ? "latest" : tag);
        http.send("POST", "/images/" + EngineHttp.encode(image) + "/tag" + q).checkedDrain();
    }

    @Override
    public String importImage(InputStream tar, String repository, String tag, List<String> changes,
            String platform) throws IOException {
        EngineHttp.Query q = new EngineHttp.Query().add("fromSrc", "-").add("repo", repository).add("tag", tag)
                .add("platform", platform);
        changes.forEach(c -> q.add("changes", c));
        try (EngineResponse r = http.stream("POST", "/images/create" + q,
                Map.of("Content-Type", "application/x-tar"), tar::transferTo).check()) {
            String id = EngineMessages.follow(r.body(), null);
            if (id.isEmpty()) {
                throw new DockerException("The Docker Engine did not report the imported image's id");
            }
            return id;
        }
    }

    @Override
    public void saveImage(String ref, OutputStream out) throws IOException {
        try (EngineResponse r = http.send("GET", "/images/" + EngineHttp.encode(ref) + "/get").check()) {
            r.body().transferTo(out);
        }
    }

    @Override
    public void push(String name, RegistryAuth auth, LineSink progress) throws IOException {
        ImageName n = ImageName.parse(name);
        String path = "/images/" + EngineHttp.encode(n.repository()) + "/push"
                + new EngineHttp.Query().add("tag", n.tagOrLatest());
        try (EngineResponse r = http.send("POST", path, authHeader(auth), null).check()) {
            EngineMessages.follow(r.body(), progress);
        }
    }

    @Override
    public void close() {
        // no connection outlives its request
    }

    /** The Engine's {@code AuthConfig} JSON for {@code auth}. */
    static Map<String, Object> authJson(RegistryAuth auth) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("username", auth.username() == null ? "" : auth.username());
        a.put("password", auth.password() == null ? "" : auth.password());
        if (auth.server() != null && !auth.server().isEmpty()) {
            a.put("serveraddress", auth.server());
        }
        return a;
    }

    /** {@code X-Registry-Auth}: the auth JSON, URL-safe base64; an empty object when there is none. */
    static Map<String, String> authHeader(RegistryAuth auth) {
        String json = auth == null ? "{}" : EngineJson.write(authJson(auth));
        return Map.of("X-Registry-Auth",
                Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }
}
