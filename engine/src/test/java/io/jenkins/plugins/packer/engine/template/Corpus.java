package io.jenkins.plugins.packer.engine.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared conformance corpus: {@code PACKER_STEPS_CORPUS}, or a {@code shared/corpus} directory beside
 * the repository or any of its parents. Tests skip with a message when it is absent.
 */
final class Corpus {

    private Corpus() {
    }

    static Optional<Path> root() {
        String env = System.getenv("PACKER_STEPS_CORPUS");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
