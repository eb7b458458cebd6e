package io.jenkins.plugins.packer.engine.report;

import io.jenkins.plugins.packer.engine.api.BuildReport;
import io.jenkins.plugins.packer.engine.api.BuildReportJson;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the build report: masked with the run's {@link SecretMasker} (builds should already be masked with
 * their own), then replaced atomically so a reader never sees half a report.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static void write(BuildReport report, Path file, SecretMasker runMasker) throws IOException {
        String json = BuildReportJson.toJson(ReportMasking.mask(report, runMasker));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
