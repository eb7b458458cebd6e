package io.jenkins.plugins.packer.engine.builder.docker;

/**
 * A registry login (Packer's {@code login_server}, {@code login_username}, {@code login_password}), sent to the
 * Engine with each pull or push that needs it. Nothing is written to a docker client configuration file.
 *
 * @param server the registry, e.g. {@code registry.example.com:5000}; empty or null means Docker Hub
 */
public record RegistryAuth(String server, String username, String password) {

    @Override
    public String toString() {
        return "RegistryAuth[server=" + server + ", username=" + username + ", password=<hidden>]";
    }
}
