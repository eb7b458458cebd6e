package io.jenkins.plugins.packer.engine.communicator.connect;

import java.nio.file.Path;

/** Paths of key and certificate files as Packer reads them: {@code ~} and {@code ~/...} are the user's home. */
final class KeyPaths {

    private KeyPaths() {
    }

    /** {@code ~} expanded; other paths unchanged (possibly relative). */
    static Path expandUser(String file) {
        if (file.equals("~")) {
            return Path.of(System.getProperty("user.home"));
        }
        if (file.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), file.substring(2));
        }
        return Path.of(file);
    }

    /** {@code ~} expanded, then resolved against {@code workingDir}; null stays null. */
    static Path resolve(String file, Path workingDir) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return workingDir.resolve(expandUser(file)).normalize();
    }
}
