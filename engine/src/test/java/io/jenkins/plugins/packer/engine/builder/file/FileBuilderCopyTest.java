package io.jenkins.plugins.packer.engine.builder.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code file} builder's {@code source} copy: regular files in kernel-side chunks, pipes as streams. */
class FileBuilderCopyTest {

    @TempDir
    Path dir;

    private BuildRun.Result build(String source) throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "file" "copy" {
                  source = "%s"
                  target = "out/copy.bin"
                }
                build { sources = ["file.copy"] }
                """.formatted(source));
        return BuildRun.run(dir, Map.of(), List.of("t.pkr.hcl"));
    }

    @Test
    void aFileOfSeveralChunksIsCopiedWholeOverALongerOldTarget() throws Exception {
        byte[] data = new byte[(9 << 20) + 12345];
        new Random(7).nextBytes(data);
        Files.write(dir.resolve("in.bin"), data);
        Files.createDirectories(dir.resolve("out"));
        Files.write(dir.resolve("out/copy.bin"), new byte[data.length + 1000]);

        BuildRun.Result r = build("in.bin");

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("Copied " + data.length + " bytes");
        assertThat(Files.readAllBytes(dir.resolve("out/copy.bin"))).isEqualTo(data);
    }

    @Test
    void aPipeIsReadToItsEnd() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo not available; skipping");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed; skipping");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "through a pipe\n".repeat(1000));
            } catch (java.io.IOException e) {
                // the assertion below fails
            }
        });
        writer.start();

        BuildRun.Result r = build("pipe");
        writer.join(10_000);

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(dir.resolve("out/copy.bin")).hasContent("through a pipe\n".repeat(1000));
    }
}
