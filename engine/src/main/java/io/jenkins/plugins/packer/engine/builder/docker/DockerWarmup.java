package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exercises the Engine client's paths for the class-data sharing archive made at build time.
 */
public final class DockerWarmup {

    private DockerWarmup() {
    }

    public static void run() {
        try {
            EngineJson.parse("{\"Id\":\"x\",\"Config\":{\"User\":\"\",\"Cmd\":[\"/bin/sh\"],\"N\":1.5,\"B\":true,"
                    + "\"Z\":null}}");
            ContainerSpec spec = RunCommand.parse(DockerConfig.DEFAULT_RUN_COMMAND.stream()
                    .map(a -> a.replace("{{.Image}}", "busybox")).toList());
            EngineJson.write(ContainerSpecs.body(spec));
            CommitChanges.of(List.of("ENV A=1"), null);
            Path dir = Files.createTempDirectory("jpacker-warmup");
            try (EngineApiDriver d = EngineApiDriver.connect(URI.create("unix://" + dir.resolve("no.sock")))) {
                d.version();
            } catch (IOException expected) {
                // no Engine here
            }
            Files.deleteIfExists(dir);
        } catch (IOException | RuntimeException ignored) {
            // a warm-up only
        }
    }
}
