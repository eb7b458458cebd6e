package io.jenkins.plugins.packer.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * The JSON report ({@code -report FILE}) of {@code build} and {@code validate}: the plugin's source of truth about
 * a run. Schema documented in {@code docs/report.md}; read it with {@link BuildReportJson#read}.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}; raised only for incompatible changes (fields may be added)
 * @param command the command that wrote the report: {@link #BUILD} or {@link #VALIDATE}; a report without the
 *     field (written before it was added) reads as {@link #BUILD}. {@code validate} reports have no builds
 * @param engine the engine that wrote the report
 * @param startedAt when the run started
 * @param endedAt when it ended
 * @param status success only if every build succeeded; cancelled if the run was interrupted
 * @param exitCode the process exit code (0 only when every build succeeded)
 * @param diagnostics run-level diagnostics (template errors and warnings, -only/-except warnings)
 * @param builds every planned build, in plan order, including those never started because of a cancellation
 */
public record BuildReport(int schemaVersion, String command, EngineVersion engine, Instant startedAt, Instant endedAt,
                          BuildStatus status, int exitCode, List<ReportDiagnostic> diagnostics,
                          List<ReportBuild> builds) {

    /** The schema version this engine writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    /** {@link #command()} of {@code jpacker build}. */
    public static final String BUILD = "build";
    /** {@link #command()} of {@code jpacker validate}. */
    public static final String VALIDATE = "validate";

    public BuildReport {
        command = command == null ? BUILD : command;
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        builds = builds == null ? List.of() : List.copyOf(builds);
    }
}
