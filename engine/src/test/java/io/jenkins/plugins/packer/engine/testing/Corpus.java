package io.jenkins.plugins.packer.engine.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates {@code shared/corpus} next to the repository (CI) or at {@code /work/shared/corpus}; skips if absent. */
public final class Corpus {

    private static final List<Path> CANDIDATES = List.of(
            Path.of("../../shared/corpus"), Path.of("../shared/corpus"), Path.of("/work/shared/corpus"));

    private Corpus() {
    }

    /** The corpus sub-directory, or the test is skipped with a message saying where it was looked for. */
    public static Path dir(String name) {
        for (Path base : CANDIDATES) {
            Path dir = base.resolve(name);
            if (Files.isDirectory(dir)) {
                // absolute: commands under test may run with another working directory
                return dir.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "corpus directory " + name + " not found under " + CANDIDATES + "; skipping");
        throw new IllegalStateException("unreachable");
    }
}
