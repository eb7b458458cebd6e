package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates the host directory shared with the container at {@code container_dir} (Packer's StepTempDir): under
 * {@code PACKER_TMP_DIR} when set, else the system's temporary directory. Removed at the end.
 */
final class StepTempDir implements Step {

    private final Map<String, String> env;
    private Path dir;

    StepTempDir(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void run(StepContext ctx) throws IOException {
        ctx.ui().say("Creating a temporary directory for sharing data...");
        String base = env.get("PACKER_TMP_DIR");
        Path parent = base == null || base.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"))
                : Path.of(base).toAbsolutePath();
        Files.createDirectories(parent);
        dir = Files.createTempDirectory(parent, "tmp");
        ctx.state().put(DockerState.TEMP_DIR, dir);
    }

    @Override
    public void cleanup(StepContext ctx) throws IOException {
        if (dir == null) {
            return;
        }
        deleteTree(dir);
        dir = null;
    }

    /** Deletes {@code dir} and everything below it. */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
