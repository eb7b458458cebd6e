package io.jenkins.plugins.packer.engine.report;

import io.jenkins.plugins.packer.engine.api.ReportFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Size and SHA-256 of an artifact's file, streamed (images are large; never read whole into memory). */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** {@code path} resolved against {@code baseDir}; size and digest null when it is not a readable file. */
    public static ReportFile describe(Path baseDir, String path) {
        Path file = baseDir.resolve(path);
        if (!Files.isRegularFile(file)) {
            return new ReportFile(path, null, null);
        }
        try {
            return new ReportFile(path, Files.size(file), sha256(file));
        } catch (IOException e) {
            return new ReportFile(path, null, null);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
