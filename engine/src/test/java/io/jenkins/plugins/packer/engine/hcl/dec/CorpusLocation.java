package io.jenkins.plugins.packer.engine.hcl.dec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared test corpus: {@code $PACKER_STEPS_CORPUS} if set, otherwise a {@code shared/corpus}
 * directory beside the repository or any of its parents (so both {@code /work/main/../shared/corpus} and
 * {@code /work/wt/json/../../shared/corpus} are found from a module's working directory).
 */
final class CorpusLocation {

    static final String ENV = "PACKER_STEPS_CORPUS";

    private CorpusLocation() {
    }

    /** The corpus sub-directory {@code name}, if the corpus is present. */
    static Optional<Path> find(String name) {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env).resolve(name);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve("corpus").resolve(name);
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
