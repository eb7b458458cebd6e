package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.report.ReportWriter;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where {@code build} and {@code validate} write their JSON report (docs/report.md): the {@code -report FILE}
 * flag, else the host's {@value HostEnvironment#REPORT} variable, relative to the working directory.
 */
final class ReportOutput {

    private ReportOutput() {
    }

    /** The report file, or null when none was asked for. */
    static Path path(Path flag, EngineEnvironment env) {
        if (flag != null) {
            return env.cwd().resolve(flag);
        }
        String fromEnv = env.environment().getOrDefault(HostEnvironment.REPORT, "");
        return fromEnv.isEmpty() ? null : env.cwd().resolve(fromEnv);
    }

    /**
     * Writes the report masked with {@code masker}; a failure to write is told to {@code error} (the command's
     * exit code stays what the run decided).
     */
    static void write(Path path, BuildReport report, SecretMasker masker, Consumer<String> error) {
        if (path == null) {
            return;
        }
        try {
            ReportWriter.write(report, path, masker);
        } catch (IOException e) {
            error.accept("Error: could not write the report " + path + ": " + e.getMessage());
        }
    }
}
