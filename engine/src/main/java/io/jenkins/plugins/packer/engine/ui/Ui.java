package io.jenkins.plugins.packer.engine.ui;

import java.util.List;
import java.util.Optional;

/**
 * All user-visible output of the engine goes through a Ui (Packer's {@code packersdk.Ui}): the human format,
 * the machine-readable format, per-build prefixes, colors, timestamps and secret masking are implementations
 * and decorators of this one interface, so a component never formats or masks anything itself.
 *
 * <p>Implementations are thread-safe: parallel builds share the underlying output.
 */
public interface Ui {

    /** A headline: {@code ==> NAME: message} under a build's prefix. */
    void say(String message);

    /** Detail output, e.g. a provisioner's output line: {@code     NAME: message} under a build's prefix. */
    void message(String message);

    /** An error (written to standard output as Packer does, in red when colors are on). */
    void error(String message);

    /**
     * A machine-readable record {@code timestamp,target,type,data...}; only the machine-readable UI prints it,
     * the human UI logs it to the debug log. {@code target} is empty for run-level records.
     */
    void machine(String target, String type, List<String> data);

    /** {@link #machine(String, String, List)} without a target; a per-build UI fills in its build's name. */
    default void machine(String type, String... data) {
        machine("", type, List.of(data));
    }

    /**
     * Asks the user on the terminal and returns the trimmed answer; empty when nobody can be asked (no
     * terminal attached, machine-readable output, input closed), as Packer's {@code Ask} fails then.
     */
    Optional<String> ask(String query);

    /** Whether {@link #ask} can reach a user: a terminal is attached and output is for humans. */
    boolean interactive();

    /**
     * Progress of a long copy or transfer of {@code totalBytes} (negative when unknown): a live bar on a
     * terminal, a line every few seconds otherwise, nothing in machine-readable mode.
     */
    Progress progress(String label, long totalBytes);
}
