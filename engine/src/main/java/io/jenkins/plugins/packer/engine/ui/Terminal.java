package io.jenkins.plugins.packer.engine.ui;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.util.Optional;

/**
 * The interactive terminal, when one is attached (Packer's {@code TTY}): needed to ask questions
 * ({@code -on-error=ask}, {@code -debug} pauses, the breakpoint provisioner) and to draw live progress bars.
 */
public interface Terminal {

    /** Reads one line typed by the user; empty at end of input. Blocks. */
    Optional<String> readLine() throws IOException;

    /**
     * The terminal of this process, if standard input and output are both a terminal
     * ({@code System.console() != null} on Java 17); empty otherwise (pipes, CI, Jenkins agents).
     */
    static Optional<Terminal> system() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        BufferedReader reader = new BufferedReader(console.reader());
        return Optional.of(() -> Optional.ofNullable(reader.readLine()));
    }
}
