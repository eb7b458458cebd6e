package io.jenkins.plugins.packer.engine.report;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.ReportArtifact;
import io.jenkins.plugins.packer.engine.api.ReportBuild;
import io.jenkins.plugins.packer.engine.api.ReportDiagnostic;
import io.jenkins.plugins.packer.engine.api.ReportError;
import io.jenkins.plugins.packer.engine.api.ReportFile;
import io.jenkins.plugins.packer.engine.api.ReportStep;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.util.List;
import java.util.function.Function;

/**
 * Masks every string of a report model (names, messages, diagnostics, artifact ids and paths) before it is
 * serialized: masking the model rather than the JSON text means a secret can never match JSON syntax and
 * corrupt the document. Each build is masked with its own masker, the whole report with the run's.
 */
public final class ReportMasking {

    private ReportMasking() {
    }

    public static BuildReport mask(BuildReport r, SecretMasker m) {
        return new BuildReport(r.schemaVersion(), r.command(), r.engine(), r.startedAt(), r.endedAt(), r.status(), r.exitCode(),
                map(r.diagnostics(), d -> mask(d, m)), map(r.builds(), b -> mask(b, m)));
    }

    public static ReportBuild mask(ReportBuild b, SecretMasker m) {
        return new ReportBuild(m.mask(b.name()), m.mask(b.type()), b.status(), b.startedAt(), b.endedAt(),
                b.durationMs(),
                map(b.steps(), s -> new ReportStep(m.mask(s.name()), s.phase(), s.startedAt(), s.durationMs(),
                        s.status(), m.mask(s.error()))),
                map(b.artifacts(), a -> new ReportArtifact(m.mask(a.builderId()), m.mask(a.id()),
                        m.mask(a.description()),
                        map(a.files(), f -> new ReportFile(m.mask(f.path()), f.size(), f.sha256())))),
                map(b.manifests(), m::mask),
                map(b.errors(), e -> new ReportError(m.mask(e.step()), e.phase(), m.mask(e.message()),
                        map(e.diagnostics(), d -> mask(d, m)))));
    }

    public static ReportDiagnostic mask(ReportDiagnostic d, SecretMasker m) {
        ReportDiagnostic.Range s = d.subject();
        return new ReportDiagnostic(d.severity(), m.mask(d.summary()), m.mask(d.detail()),
                s == null ? null : new ReportDiagnostic.Range(m.mask(s.filename()), s.start(), s.end()));
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list.stream().map(f).toList();
    }
}
