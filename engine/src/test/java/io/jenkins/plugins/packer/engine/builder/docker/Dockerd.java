package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A private Docker daemon for the tests (shared/study/30-dockerd-start.sh): its own data-root, exec-root,
 * pidfile and socket under a temporary directory, no iptables, no bridge (containers get only loopback), overlay2
 * with a vfs fallback. Started once per test JVM with a busybox image ({@link BusyboxImage}) imported, stopped by
 * its PID when the JVM's tests end. Tests are skipped, saying why, only when dockerd cannot run here (no
 * dockerd binary, not root).
 */
public final class Dockerd implements AutoCloseable {

    /** The base image every test builds on. */
    public static final String BUSYBOX = "jpacker-test/busybox:latest";

    private static Dockerd instance;
    private static String unavailable;

    private final Path dir;
    private final Process process;
    private final URI host;

    private Dockerd(Path dir, Process process, URI host) {
        this.dir = dir;
        this.process = process;
        this.host = host;
    }

    /** The shared daemon, started on first use; aborts the calling test if dockerd cannot run here. */
    public static synchronized Dockerd get() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "dockerd-stop"));
            } catch (TestSkip e) {
                unavailable = e.getMessage();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("dockerd failed to start: " + e.getMessage(), e);
            }
        }
        Assumptions.assumeTrue(instance != null, () -> "skipped: " + unavailable);
        return instance;
    }

    /** {@code unix:///.../docker.sock}, what {@code DOCKER_HOST} should be. */
    public URI host() {
        return host;
    }

    /** A new driver for this daemon. */
    public EngineApiDriver driver() {
        return EngineApiDriver.connect(host);
    }

    /** Ids of every container the daemon has, running or not. */
    public List<String> containers() {
        try {
            Object list = new EngineHttp(host).send("GET", "/containers/json?all=true").checkedJson();
            List<String> ids = new ArrayList<>();
            for (Object c : (List<?>) list) {
                ids.add(EngineJson.text(c, "Id"));
            }
            return ids;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code docker run --rm IMAGE ARGS...}: the image's own entrypoint and command settings apply. */
    public String run(String image, String... args) throws Exception {
        EngineHttp http = new EngineHttp(host);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("Image", image);
        if (args.length > 0) {
            body.put("Cmd", List.of(args));
        }
        String id = EngineJson.text(http.sendJson("POST", "/containers/create", body).checkedJson(), "Id");
        try {
            http.send("POST", "/containers/" + id + "/start").checkedDrain();
            http.send("POST", "/containers/" + id + "/wait").checkedDrain();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (EngineResponse r = http.send("GET", "/containers/" + id + "/logs?stdout=true&stderr=true").check()) {
                java.io.DataInputStream in = new java.io.DataInputStream(r.body());
                byte[] header = new byte[8];
                while (in.read(header, 0, 1) == 1) {
                    in.readFully(header, 1, 7);
                    int size = java.nio.ByteBuffer.wrap(header).getInt(4);
                    byte[] payload = new byte[size];
                    in.readFully(payload);
                    out.write(payload);
                }
            }
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            http.send("DELETE", "/containers/" + id + "?force=true").checkedDrain();
        }
    }

    public long pid() {
        return process.pid();
    }

    private static Dockerd start() throws IOException, InterruptedException {
        Path dockerd = Stream.of("/usr/sbin/dockerd", "/usr/bin/dockerd").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new TestSkip("no dockerd binary (install docker.io; scripts/test "
                        + "does)"));
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new TestSkip("dockerd needs root and the tests run as " + System.getProperty("user.name"));
        }
        List<String> problems = new ArrayList<>();
        for (String storage : List.of("overlay2", "vfs")) {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "jpd");
            Path sock = dir.resolve("docker.sock");
            List<String> cmd = List.of(dockerd.toString(), "--data-root", dir.resolve("data").toString(),
                    "--exec-root", dir.resolve("exec").toString(), "--pidfile", dir.resolve("dockerd.pid").toString(),
                    "-H", "unix://" + sock, "--storage-driver=" + storage, "--iptables=false", "--ip-forward=false",
                    "--ip-masq=false", "--bridge=none");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("dockerd.log").toFile()).start();
            URI host = URI.create("unix://" + sock);
            Dockerd d = new Dockerd(dir, p, host);
            if (d.awaitReady(Duration.ofSeconds(40))) {
                BusyboxImage.importInto(d);
                return d;
            }
            problems.add(storage + ": " + tail(dir.resolve("dockerd.log")));
            d.close();
        }
        throw new IOException("dockerd did not become ready: " + String.join(" | ", problems));
    }

    private boolean awaitReady(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            if (Files.exists(dir.resolve("docker.sock"))) {
                try (EngineApiDriver d = driver()) {
                    d.version();
                    return true;
                } catch (IOException | RuntimeException e) {
                    // not yet
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Stops the daemon by its PID (TERM, then KILL after 20 s) and deletes its directory. */
    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort: leftover mounts are gone with the daemon
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** dockerd cannot run on this machine: skip, with the reason. */
    private static final class TestSkip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TestSkip(String message) {
            super(message);
        }
    }
}
