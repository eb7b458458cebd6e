package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exercises the Engine client's start-up paths without an Engine, for the class-data sharing archive made at
 * build time (a docker build then starts without loading and verifying docker-java, Jackson and the HTTP
 * client classes from the jars).
 */
public final class DockerWarmup {

    private DockerWarmup() {
    }

    public static void run() {
        try {
            Path dir = Files.createTempDirectory("jpacker-warmup");
            URI nowhere = URI.create("unix://" + dir.resolve("no.sock"));
            try (EngineApiDriver d = EngineApiDriver.connect(nowhere)) {
                tryQuietly(d::version);
                tryQuietly(() -> d.inspectImage("busybox:latest"));
                tryQuietly(() -> d.createContainer(RunCommand.parse(DockerConfig.DEFAULT_RUN_COMMAND.stream()
                        .map(a -> a.replace("{{.Image}}", "busybox")).toList())));
                tryQuietly(() -> d.exec("x", List.of("true"), null, null, null, null));
                tryQuietly(() -> d.commit("x", null, null, CommitChanges.of(List.of("ENV A=1"), null)));
                tryQuietly(() -> d.importImage(new ByteArrayInputStream(new byte[0]), "r", "t", List.of(), null));
                tryQuietly(() -> {
                    d.copyToContainer("x", "/", new ByteArrayInputStream(new byte[0]));
                    return null;
                });
                tryQuietly(() -> {
                    d.removeContainer("x");
                    return null;
                });
            }
            Files.deleteIfExists(dir);
        } catch (IOException | RuntimeException ignored) {
            // a warm-up only
        }
    }

    private interface Call {
        Object run() throws IOException;
    }

    private static void tryQuietly(Call c) {
        try {
            c.run();
        } catch (IOException | RuntimeException ignored) {
            // no Engine here, as intended
        }
    }
}
