package io.jenkins.plugins.packer.engine.builder.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import io.jenkins.plugins.packer.engine.communicator.LineSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DockerDriver} over the Docker Engine API with docker-java (zerodep transport: unix socket or plain
 * TCP). The few calls docker-java does not offer with every option ({@code commit} and {@code import} with
 * Dockerfile changes) go through {@link EngineRequests} on the same connection.
 */
public final class EngineApiDriver implements DockerDriver {

    private static final Map<URI, EngineApiDriver> SHARED = new ConcurrentHashMap<>();

    private final URI host;
    private final DockerHttpClient http;
    private final DockerClient client;
    private final EngineRequests raw;
    private final boolean shared;

    private EngineApiDriver(URI host, boolean shared) {
        this.host = host;
        this.shared = shared;
        this.http = new ZerodepDockerHttpClient.Builder().dockerHost(host).maxConnections(32)
                .connectionTimeout(Duration.ofSeconds(10)).build();
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host.toString()).withDockerTlsVerify(false).build();
        this.client = DockerClientImpl.getInstance(config, http);
        this.raw = new EngineRequests(http);
    }

    /**
     * The process's driver for the Engine at {@code DOCKER_HOST}: one connection pool shared by all builds and
     * post-processors of a run (so the client is set up once); closing it does nothing.
     */
    public static EngineApiDriver fromEnvironment() throws DockerException {
        return SHARED.computeIfAbsent(DockerHost.fromEnvironment(System.getenv()), h -> new EngineApiDriver(h, true));
    }

    /**
     * Starts setting up the process's shared driver on a background thread (class loading and client set-up take
     * a noticeable part of a second), so that it is ready when the first build asks for it.
     */
    public static void prefetch() {
        Thread t = new Thread(() -> {
            try {
                fromEnvironment().version();
            } catch (IOException | RuntimeException ignored) {
                // reported by the build that uses it
            }
        }, "docker-prefetch");
        t.setDaemon(true);
        t.start();
    }

    /** A driver of its own for the Engine at {@code host} ({@code unix:///path} or {@code tcp://host:port}). */
    public static EngineApiDriver connect(URI host) {
        return new EngineApiDriver(host, false);
    }

    @Override
    public String version() throws IOException {
        return call(() -> client.versionCmd().exec().getVersion());
    }

    @Override
    public Optional<ImageInfo> inspectImage(String ref) throws IOException {
        try {
            InspectImageResponse r = client.inspectImageCmd(ref).exec();
            List<String> entrypoint = r.getConfig() == null || r.getConfig().getEntrypoint() == null ? List.of()
                    : List.of(r.getConfig().getEntrypoint());
            List<String> cmd = r.getConfig() == null || r.getConfig().getCmd() == null ? List.of()
                    : List.of(r.getConfig().getCmd());
            return Optional.of(new ImageInfo(r.getId(), entrypoint, cmd, r.getRepoDigests(), r.getRepoTags()));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw EngineErrors.convert(e);
        }
    }

    @Override
    public void pull(String image, String platform, RegistryAuth auth, LineSink progress) throws IOException {
        ImageName name = ImageName.parse(image);
        ProgressCallback<com.github.dockerjava.api.model.PullResponseItem> cb = new ProgressCallback<>(progress);
        call(() -> {
            var cmd = client.pullImageCmd(name.repository());
            if (name.digest() == null) {
                cmd.withTag(name.tagOrLatest());
            } else {
                cmd = client.pullImageCmd(name.repository() + "@" + name.digest());
            }
            if (platform != null && !platform.isEmpty()) {
                cmd.withPlatform(platform);
            }
            if (auth != null) {
                cmd.withAuthConfig(authConfig(auth));
            }
            return cmd.exec(cb);
        });
        cb.await();
    }

    @Override
    public void login(RegistryAuth auth) throws IOException {
        call(() -> client.authCmd().withAuthConfig(authConfig(auth)).exec());
    }

    @Override
    public String createContainer(ContainerSpec spec) throws IOException {
        return call(() -> {
            CreateContainerCmd cmd = client.createContainerCmd(spec.image());
            ContainerSpecs.apply(spec, cmd);
            return cmd.exec().getId();
        });
    }

    @Override
    public void startContainer(String id) throws IOException {
        call(() -> client.startContainerCmd(id).exec());
    }

    @Override
    public String containerUser(String id) throws IOException {
        return call(() -> {
            var c = client.inspectContainerCmd(id).exec().getConfig();
            return c == null || c.getUser() == null ? "" : c.getUser();
        });
    }

    @Override
    public ExecSession exec(String containerId, List<String> cmd, String user, InputStream stdin,
            OutputStream stdout, OutputStream stderr) throws IOException {
        String execId = call(() -> client.execCreateCmd(containerId).withCmd(cmd.toArray(String[]::new))
                .withUser(user == null || user.isEmpty() ? null : user)
                .withAttachStdin(stdin != null).withAttachStdout(true).withAttachStderr(true).exec().getId());
        EngineExecStream session;
        try {
            session = EngineExecStream.start(host, client, execId, stdin, stdout, stderr);
        } catch (DockerException e) {
            throw e;
        } catch (IOException e) {
            throw new DockerException("Cannot talk to the Docker Engine at " + host + ": " + e.getMessage(), 0, e);
        }
        return session;
    }

    @Override
    public void copyToContainer(String id, String dir, InputStream tar) throws IOException {
        call(() -> client.copyArchiveToContainerCmd(id).withRemotePath(dir).withTarInputStream(tar).exec());
    }

    @Override
    public InputStream copyFromContainer(String id, String path) throws IOException {
        return call(() -> client.copyArchiveFromContainerCmd(id, path).exec());
    }

    @Override
    public String commit(String id, String author, String message, List<String> changes) throws IOException {
        return raw.commit(id, author, message, changes);
    }

    @Override
    public void exportContainer(String id, OutputStream out) throws IOException {
        try (InputStream in = call(() -> client.exportContainerCmd(id).exec())) {
            in.transferTo(out);
        }
    }

    @Override
    public void removeContainer(String id) throws IOException {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // already gone
        } catch (RuntimeException e) {
            throw EngineErrors.convert(e);
        }
    }

    @Override
    public void removeImage(String ref) throws IOException {
        call(() -> client.removeImageCmd(ref).withForce(true).exec());
    }

    @Override
    public void tagImage(String image, String repository, String tag) throws IOException {
        call(() -> client.tagImageCmd(image, repository, tag == null || tag.isEmpty() ? "latest" : tag).exec());
    }

    @Override
    public String importImage(InputStream tar, String repository, String tag, List<String> changes,
            String platform) throws IOException {
        return raw.importImage(tar, repository, tag, changes, platform);
    }

    @Override
    public void saveImage(String ref, OutputStream out) throws IOException {
        try (InputStream in = call(() -> client.saveImageCmd(ref).exec())) {
            in.transferTo(out);
        }
    }

    @Override
    public void push(String name, RegistryAuth auth, LineSink progress) throws IOException {
        ImageName n = ImageName.parse(name);
        ProgressCallback<com.github.dockerjava.api.model.PushResponseItem> cb = new ProgressCallback<>(progress);
        call(() -> {
            var cmd = client.pushImageCmd(n.repository()).withTag(n.tagOrLatest());
            cmd.withAuthConfig(auth == null ? new AuthConfig() : authConfig(auth));
            return cmd.exec(cb);
        });
        cb.await();
    }

    @Override
    public void close() {
        if (shared) {
            return;
        }
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a connection pool
        }
    }

    static AuthConfig authConfig(RegistryAuth auth) {
        AuthConfig a = new AuthConfig().withUsername(auth.username()).withPassword(auth.password());
        if (auth.server() != null && !auth.server().isEmpty()) {
            a.withRegistryAddress(auth.server());
        }
        return a;
    }

    private interface ApiCall<T> {
        T run();
    }

    private static <T> T call(ApiCall<T> c) throws DockerException {
        try {
            return c.run();
        } catch (RuntimeException e) {
            throw EngineErrors.convert(e);
        }
    }
}
