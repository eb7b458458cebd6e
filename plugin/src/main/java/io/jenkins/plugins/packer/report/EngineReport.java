package io.jenkins.plugins.packer.report;

import java.util.List;

/**
 * The engine's JSON build report, read after the engine exits: one {@link BuildOutcome} per build, the path
 * of the manifest the template's manifest post-processor wrote (if any) and the template diagnostics.
 *
 * <p>Plugin-side view of the engine's {@code BuildReport} (io.jenkins.plugins.packer.engine.api), reduced to what
 * the steps return, archive and record; {@link EngineReportReader} maps one to the other.
 *
 * @param builds the builds in template order
 * @param manifest path of the manifest file, or {@code null}
 * @param diagnostics template diagnostics (validate, and build when the template is invalid)
 */
public record EngineReport(List<BuildOutcome> builds, String manifest, List<Diagnostic> diagnostics) {

    public EngineReport {
        builds = builds == null ? List.of() : List.copyOf(builds);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** An empty report (engine failed before building anything, or validate). */
    public static EngineReport empty() {
        return new EngineReport(List.of(), null, List.of());
    }

    public boolean allSucceeded() {
        return builds.stream().allMatch(BuildOutcome::succeeded);
    }
}
