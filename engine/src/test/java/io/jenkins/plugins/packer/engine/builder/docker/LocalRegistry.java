package io.jenkins.plugins.packer.engine.builder.docker;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code docker-registry} on a free loopback port, with its own configuration and storage under a
 * temporary directory and htpasswd authentication (user {@link #USER}, password {@link #PASSWORD}). The Engine
 * treats 127.0.0.0/8 registries as insecure (plain HTTP) by default. Stopped by PID.
 */
public final class LocalRegistry implements AutoCloseable {

    public static final String USER = "ci";
    public static final String PASSWORD = "reg-pass-7f3a";

    private final Path dir;
    private final Process process;
    private final int port;

    private LocalRegistry(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    public static LocalRegistry start() throws Exception {
        Path bin = Path.of("/usr/bin/docker-registry");
        Assumptions.assumeTrue(Files.isExecutable(bin),
                "skipped: no /usr/bin/docker-registry (install docker-registry; scripts/test does)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("jpacker-registry");
        String hash = new String(BCrypt.withDefaults().hash(6, PASSWORD.toCharArray()));
        Files.writeString(dir.resolve("htpasswd"), USER + ":" + hash + "\n");
        Files.writeString(dir.resolve("config.yml"), """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s
                http:
                  addr: 127.0.0.1:%d
                auth:
                  htpasswd:
                    realm: test
                    path: %s
                """.formatted(dir.resolve("storage"), port, dir.resolve("htpasswd")));
        Process p = new ProcessBuilder(bin.toString(), "serve", dir.resolve("config.yml").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
        LocalRegistry r = new LocalRegistry(dir, p, port);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end && p.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/v2/").toURL()
                        .openConnection();
                if (c.getResponseCode() == 401) {
                    return r;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(100);
        }
        r.close();
        throw new IllegalStateException("docker-registry did not start: " + Files.readString(dir.resolve("registry.log")));
    }

    /** {@code 127.0.0.1:PORT}. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
