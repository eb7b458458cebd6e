package io.jenkins.plugins.packer.engine.report;

import io.jenkins.plugins.packer.engine.api.ReportDiagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import java.util.List;
import java.util.stream.StreamSupport;

/** HCL diagnostics as report records. */
public final class ReportDiagnostics {

    private ReportDiagnostics() {
    }

    public static List<ReportDiagnostic> of(Iterable<Diagnostic> diagnostics) {
        return StreamSupport.stream(diagnostics.spliterator(), false).map(ReportDiagnostics::of).toList();
    }

    public static ReportDiagnostic of(Diagnostic d) {
        return new ReportDiagnostic(
                d.severity() == Severity.ERROR ? ReportDiagnostic.Severity.ERROR : ReportDiagnostic.Severity.WARNING,
                d.summary(), d.detail(), range(d.subject()));
    }

    private static ReportDiagnostic.Range range(Range r) {
        return r == null ? null : new ReportDiagnostic.Range(r.filename(), pos(r.start()), pos(r.end()));
    }

    private static ReportDiagnostic.Pos pos(Pos p) {
        return new ReportDiagnostic.Pos(p.line(), p.column(), p.byteOffset());
    }
}
