package io.jenkins.plugins.packer.run;

import io.jenkins.plugins.packer.report.EngineReport;
import io.jenkins.plugins.packer.report.RunRecord;
import java.util.List;
import java.util.Map;

/**
 * Result of one engine run: exit code, the report (empty when the engine wrote none), the record for the run
 * action and the step's return value. Error and warning texts are already masked.
 *
 * @param reportFound whether the engine wrote a build report
 * @param errors masked error diagnostics ({@code file:line:col: summary})
 * @param warnings masked warning diagnostics
 */
public record PackerOutcome(int exitCode, boolean reportFound, EngineReport report, RunRecord record,
        List<Map<String, Object>> returnValue, List<String> errors, List<String> warnings) {

    public boolean succeeded() {
        return exitCode == 0 && errors.isEmpty() && report.allSucceeded();
    }

    /** The message a failed step ends with (masked). */
    public String failureMessage(String command) {
        StringBuilder b = new StringBuilder("jpacker ").append(command).append(" failed");
        if (exitCode != 0) {
            b.append(" (exit code ").append(exitCode).append(')');
        }
        for (String e : errors) {
            b.append("\n  ").append(e);
        }
        record.getBuilds().stream().filter(r -> !r.isSucceeded())
                .forEach(r -> b.append("\n  build '").append(r.getName()).append("' failed: ").append(r.getError()));
        if (errors.isEmpty() && !reportFound) {
            b.append("; see the log above for the engine's messages");
        }
        return b.toString();
    }
}
