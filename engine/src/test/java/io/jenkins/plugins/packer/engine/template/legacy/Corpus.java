package io.jenkins.plugins.packer.engine.template.legacy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared conformance corpus: {@code $PACKER_STEPS_CORPUS}, else {@code shared/corpus} in the nearest
 * ancestor of the working directory that has one ({@code ../shared/corpus} from the repository root). Tests skip (with a message) when it is
 * absent.
 */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        String env = System.getenv("PACKER_STEPS_CORPUS");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        // ../shared/corpus from the repository root; from a worktree nested deeper, the first ancestor having it
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/corpus"))) {
                return p.resolve("shared/corpus");
            }
        }
        return null;
    }

    /** The directory {@code relative} inside the corpus; skips the calling test when it is missing. */
    static Path dir(String relative) {
        Path root = root();
        assumeTrue(root != null && Files.isDirectory(root.resolve(relative)),
                "conformance corpus not found (set PACKER_STEPS_CORPUS or check out ../shared/corpus): " + relative);
        return root.resolve(relative);
    }
}
