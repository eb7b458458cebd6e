package io.jenkins.plugins.packer.engine.postprocessor.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The multi-threaded gzip writer gives one gzip member any reader decodes. */
class ParallelGzipOutputStreamTest {

    private static byte[] sample(int size) {
        Random r = new Random(size);
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ((i / 4096) % 2 == 0 ? r.nextInt(256) : 'a' + (i % 7));
        }
        return b;
    }

    private static byte[] gzip(byte[] data, int threads, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new ParallelGzipOutputStream(out, 6, threads)) {
            for (int off = 0; off < data.length; off += chunk) {
                gz.write(data, off, Math.min(chunk, data.length - off));
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"0, 2", "1, 2", "1048576, 2", "1048577, 3", "5000000, 4", "3000000, 1"})
    void roundTrips(int size, int threads) throws IOException {
        byte[] data = sample(size);
        byte[] gz = gzip(data, threads, 100_003);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes()).isEqualTo(data);
    }

    @Test
    void gzipToolAgrees(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/gzip")) || Files.isExecutable(Path.of("/usr/bin/gzip")),
                "gzip not installed; skipping");
        byte[] data = sample(4_500_000);
        Path f = dir.resolve("x.gz");
        Files.write(f, gzip(data, 2, 65536));
        Process p = new ProcessBuilder("gzip", "-dc", f.toString()).start();
        byte[] back = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        assertThat(back).isEqualTo(data);
        Process t = new ProcessBuilder("gzip", "-t", f.toString()).start();
        assertThat(t.waitFor()).isZero();
    }
}
