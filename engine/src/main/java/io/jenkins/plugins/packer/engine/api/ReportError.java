package io.jenkins.plugins.packer.engine.api;

import java.util.List;

/**
 * An error of a build.
 *
 * @param step the step it came from, when known (always set for cleanup failures)
 * @param phase {@code run} for the build's failure, {@code cleanup} for a failing cleanup
 * @param message the error text as printed after {@code Build 'NAME' errored after ...: }
 * @param diagnostics diagnostics carried by the error (e.g. a template expression evaluated during the build)
 */
public record ReportError(String step, ReportStep.Phase phase, String message, List<ReportDiagnostic> diagnostics) {

    public ReportError {
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }
}
