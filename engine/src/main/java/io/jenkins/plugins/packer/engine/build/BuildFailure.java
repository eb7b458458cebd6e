package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import java.util.List;

/**
 * A build failure that carries diagnostics (for instance a provisioner's configuration that could only be
 * evaluated once {@code build.*} values were known). The message is what the UI prints; the diagnostics go
 * into the report with it.
 */
public final class BuildFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public BuildFailure(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BuildFailure(String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
