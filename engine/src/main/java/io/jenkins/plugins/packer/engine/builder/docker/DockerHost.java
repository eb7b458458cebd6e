package io.jenkins.plugins.packer.engine.builder.docker;

import java.net.URI;
import java.util.Map;

/**
 * Where the Docker Engine listens, from the environment as the docker CLI reads it: {@code DOCKER_HOST}
 * ({@code unix:///path} or {@code tcp://host:port}; default {@code unix:///var/run/docker.sock}). TLS
 * ({@code DOCKER_TLS_VERIFY}) is not supported yet and is reported as such.
 */
public final class DockerHost {

    /** The Engine's default socket. */
    public static final String DEFAULT = "unix:///var/run/docker.sock";

    private DockerHost() {
    }

    /** The Engine's address from {@code env}. */
    public static URI fromEnvironment(Map<String, String> env) throws DockerException {
        String tls = env.get("DOCKER_TLS_VERIFY");
        if (tls != null && !tls.isEmpty() && !tls.equals("0")) {
            throw new DockerException("DOCKER_TLS_VERIFY is set, but this engine cannot connect to the Docker "
                    + "Engine over TLS yet; use a unix socket or plain tcp:// on a trusted network");
        }
        String host = env.get("DOCKER_HOST");
        return parse(host == null || host.isBlank() ? DEFAULT : host.strip());
    }

    /** Checks and normalizes a {@code DOCKER_HOST} value. */
    public static URI parse(String host) throws DockerException {
        URI uri;
        try {
            uri = URI.create(host);
        } catch (IllegalArgumentException e) {
            throw new DockerException("Invalid DOCKER_HOST \"" + host + "\": " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        switch (scheme) {
            case "unix" -> {
                if (uri.getPath() == null || uri.getPath().isEmpty()) {
                    throw new DockerException("Invalid DOCKER_HOST \"" + host + "\": no socket path");
                }
                return uri;
            }
            case "tcp" -> {
                if (uri.getHost() == null) {
                    throw new DockerException("Invalid DOCKER_HOST \"" + host + "\": no host");
                }
                return uri.getPort() < 0 ? URI.create("tcp://" + uri.getHost() + ":2375") : uri;
            }
            default -> throw new DockerException("Unsupported DOCKER_HOST \"" + host
                    + "\": this engine connects to unix:// sockets and tcp:// addresses");
        }
    }
}
