package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildStatus;
import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.api.ReportArtifact;
import io.jenkins.plugins.packer.engine.api.ReportBuild;
import io.jenkins.plugins.packer.engine.api.ReportError;
import io.jenkins.plugins.packer.engine.api.ReportStep;
import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.report.ReportDiagnostics;
import io.jenkins.plugins.packer.engine.report.ReportFiles;
import io.jenkins.plugins.packer.engine.report.ReportMasking;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.RunStatus;
import io.jenkins.plugins.packer.engine.step.StepTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns build results into the {@link BuildReport}, each build masked with its own secrets, all with the run's. */
final class ReportAssembler {

    private final Path workingDir;
    /** A file listed by several artifacts (the builder's and a post-processor's) is hashed once. */
    private final java.util.Map<String, io.jenkins.plugins.packer.engine.api.ReportFile> described =
            new java.util.HashMap<>();

    ReportAssembler(Path workingDir) {
        this.workingDir = workingDir;
    }

    BuildReport assemble(List<BuildResult> results, List<Diagnostic> runDiagnostics, Instant start, Instant end,
                         int exitCode, boolean cancelled, SecretMasker runMasker) {
        List<ReportBuild> builds = results.stream().map(r -> ReportMasking.mask(build(r), r.masker())).toList();
        BuildStatus status = cancelled ? BuildStatus.CANCELLED
                : exitCode == 0 ? BuildStatus.SUCCESS : BuildStatus.FAILED;
        return ReportMasking.mask(new BuildReport(BuildReport.SCHEMA_VERSION, BuildReport.BUILD,
                EngineVersion.current(), start, end, status, exitCode, ReportDiagnostics.of(runDiagnostics), builds),
                runMasker);
    }

    private ReportBuild build(BuildResult r) {
        List<ReportError> errors = new ArrayList<>();
        if (r.error() != null) {
            List<Diagnostic> diags = r.error() instanceof BuildFailure f ? f.diagnostics() : List.of();
            String failedStep = r.steps().stream()
                    .filter(t -> t.phase() == StepTiming.Phase.RUN && t.status() != RunStatus.SUCCEEDED)
                    .map(StepTiming::step).findFirst().orElse(null);
            errors.add(new ReportError(failedStep, ReportStep.Phase.RUN, r.errorMessage(),
                    ReportDiagnostics.of(diags)));
        }
        for (StepTiming t : r.steps()) {
            if (t.phase() == StepTiming.Phase.CLEANUP && t.status() == RunStatus.FAILED) {
                errors.add(new ReportError(t.step(), ReportStep.Phase.CLEANUP, t.error(), List.of()));
            }
        }
        long durationMs = r.started() ? Duration.between(r.start(), r.end()).toMillis() : 0;
        return new ReportBuild(r.name(), r.type(), status(r.status()), r.start(), r.end(), durationMs,
                r.steps().stream().map(ReportAssembler::step).toList(),
                r.artifacts().stream().filter(a -> a != null).map(this::artifact).toList(), r.manifests(), errors);
    }

    private static ReportStep step(StepTiming t) {
        return new ReportStep(t.step(), t.phase() == StepTiming.Phase.RUN ? ReportStep.Phase.RUN
                : ReportStep.Phase.CLEANUP, t.start(), t.duration().toMillis(), status(t.status()), t.error());
    }

    private ReportArtifact artifact(Artifact a) {
        return new ReportArtifact(a.builderId(), a.id(), a.description(),
                a.files().stream().map(f -> described.computeIfAbsent(f, p -> ReportFiles.describe(workingDir, p)))
                        .toList());
    }

    private static BuildStatus status(RunStatus s) {
        return switch (s) {
            case SUCCEEDED -> BuildStatus.SUCCESS;
            case FAILED -> BuildStatus.FAILED;
            case CANCELLED -> BuildStatus.CANCELLED;
        };
    }
}
