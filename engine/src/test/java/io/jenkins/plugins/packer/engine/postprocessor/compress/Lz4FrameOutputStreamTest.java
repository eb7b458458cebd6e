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
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written LZ4 frame writer, decoded by commons-compress and by the lz4 tool. */
class Lz4FrameOutputStreamTest {

    private static byte[] sample(int size, long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[size];
        int i = 0;
        while (i < size) {
            if (r.nextInt(3) == 0 && i > 100) {
                int from = r.nextInt(i - 50);
                int n = Math.min(size - i, 4 + r.nextInt(300));
                for (int k = 0; k < n; k++) {
                    b[i + k] = b[from + k];
                }
                i += n;
            } else {
                b[i++] = (byte) r.nextInt(256);
            }
        }
        return b;
    }

    private static byte[] frame(byte[] data, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream lz4 = new Lz4FrameOutputStream(out)) {
            for (int off = 0; off < data.length; off += chunk) {
                lz4.write(data, off, Math.min(chunk, data.length - off));
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 12, 13, 17, 300, 70_000, 5_000_000})
    void roundTripsThroughCommonsCompress(int size) throws IOException {
        byte[] data = sample(size, size);
        byte[] framed = frame(data, 7919);
        byte[] back = new FramedLZ4CompressorInputStream(new ByteArrayInputStream(framed)).readAllBytes();
        assertThat(back).isEqualTo(data);
    }

    @Test
    void repetitiveDataShrinksAndIsFast() throws IOException {
        byte[] data = "all work and no play makes jack a dull boy\n".repeat(200_000).getBytes();
        long t0 = System.nanoTime();
        byte[] framed = frame(data, 65536);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(framed.length).isLessThan(data.length / 50);
        assertThat(ms).as("8.6 MB compressed in %d ms", ms).isLessThan(5_000);
        assertThat(new FramedLZ4CompressorInputStream(new ByteArrayInputStream(framed)).readAllBytes())
                .isEqualTo(data);
    }

    @Test
    void theLz4ToolAcceptsIt(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/lz4")), "lz4 tool not installed; skipping");
        byte[] data = sample(3_000_000, 7);
        Path f = dir.resolve("x.lz4");
        Files.write(f, frame(data, 100_000));
        Process p = new ProcessBuilder("/usr/bin/lz4", "-d", "-c", f.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        assertThat(out).isEqualTo(data);
    }
}
