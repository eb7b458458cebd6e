package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import java.util.List;
import java.util.function.Supplier;

/**
 * The end of {@code packer build}: the exit code (0 only when every build succeeded, 1 otherwise, including
 * after a cancellation), each build's result in plan order, and the report (already masked). The report is
 * assembled on first use, since it reads and hashes every artifact file: a run that writes no report does not
 * pay for that.
 */
public final class RunOutcome {

    private final int exitCode;
    private final boolean cancelled;
    private final List<BuildResult> results;
    private final Supplier<BuildReport> reportSupplier;
    private BuildReport report;

    public RunOutcome(int exitCode, boolean cancelled, List<BuildResult> results, Supplier<BuildReport> report) {
        this.exitCode = exitCode;
        this.cancelled = cancelled;
        this.results = List.copyOf(results);
        this.reportSupplier = report;
    }

    public int exitCode() {
        return exitCode;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public List<BuildResult> results() {
        return results;
    }

    /** The report, assembled (and its artifact files hashed) on the first call. */
    public synchronized BuildReport report() {
        if (report == null) {
            report = reportSupplier.get();
        }
        return report;
    }
}
