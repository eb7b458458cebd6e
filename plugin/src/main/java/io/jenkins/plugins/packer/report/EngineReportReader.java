package io.jenkins.plugins.packer.report;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildReportJson;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.ReportArtifact;
import io.jenkins.plugins.packer.engine.api.ReportBuild;
import io.jenkins.plugins.packer.engine.api.ReportDiagnostic;
import io.jenkins.plugins.packer.engine.api.ReportError;
import io.jenkins.plugins.packer.engine.api.ReportFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the engine's JSON build report (docs/report.md, schema version 1) with the engine's own reader
 * ({@link BuildReportJson}, which refuses newer schema versions) and maps it to the plugin's {@link EngineReport}.
 *
 * <p>Mapping: a build's {@code artifactId} is the id of its first artifact (the builder's; post-processor results
 * follow), {@code files} are the paths of all its artifacts' files, {@code error} is its first error (the run
 * failure) or {@code cancelled}; the manifest is the file of an artifact of the {@code manifest} post-processor;
 * diagnostics are the run's plus those attached to build errors.
 */
public final class EngineReportReader {

    private EngineReportReader() {
    }

    /**
     * Parses and maps a report.
     *
     * @throws IOException when the bytes are not a report of a supported schema version
     */
    public static EngineReport read(byte[] json) throws IOException {
        BuildReport report;
        try {
            report = BuildReportJson.read(new ByteArrayInputStream(json));
        } catch (RuntimeException e) {
            throw new IOException("the engine's build report cannot be read: " + e.getClass().getSimpleName());
        }
        if (report == null) {
            throw new IOException("the engine's build report is empty");
        }
        return map(report);
    }

    /** The plugin's view of an engine report. */
    public static EngineReport map(BuildReport report) {
        List<BuildOutcome> builds = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String manifest = null;
        for (ReportDiagnostic d : report.diagnostics()) {
            diagnostics.add(diagnostic(d));
        }
        for (ReportBuild b : report.builds()) {
            List<String> files = new ArrayList<>();
            String artifactId = null;
            for (ReportArtifact a : b.artifacts()) {
                if (artifactId == null) {
                    artifactId = a.id();
                }
                for (ReportFile f : a.files()) {
                    files.add(f.path());
                }
            }
            if (manifest == null && !b.manifests().isEmpty()) {
                manifest = b.manifests().get(0);
            }
            String error = null;
            if (b.status() != BuildStatus.SUCCESS) {
                error = b.errors().isEmpty() ? b.status().name().toLowerCase(java.util.Locale.ROOT)
                        : b.errors().get(0).message();
            }
            for (ReportError e : b.errors()) {
                for (ReportDiagnostic d : e.diagnostics()) {
                    diagnostics.add(diagnostic(d));
                }
            }
            builds.add(new BuildOutcome(b.name(), b.type(), artifactId, files, b.durationMs(), error));
        }
        return new EngineReport(builds, manifest, diagnostics);
    }

    private static Diagnostic diagnostic(ReportDiagnostic d) {
        ReportDiagnostic.Range r = d.subject();
        return new Diagnostic(d.severity() == ReportDiagnostic.Severity.WARNING ? "warning" : "error", d.summary(),
                d.detail(), r == null ? null : r.filename(), r == null || r.start() == null ? 0 : r.start().line(),
                r == null || r.start() == null ? 0 : r.start().column());
    }
}
