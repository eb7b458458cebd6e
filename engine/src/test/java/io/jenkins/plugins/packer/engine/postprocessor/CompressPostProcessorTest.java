package io.jenkins.plugins.packer.engine.postprocessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.FilesArtifact;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.postprocessor.compress.CompressConfig;
import io.jenkins.plugins.packer.engine.postprocessor.compress.CompressPostProcessor;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import io.jenkins.plugins.packer.engine.testing.TestContexts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** compress: every format written, then read back (listed and extracted) and compared with the inputs. */
class CompressPostProcessorTest {

    @TempDir
    Path dir;

    private byte[] text;
    private byte[] noise;

    @BeforeEach
    void inputs() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("line ").append(i).append(" of a compressible text\n");
        }
        text = sb.toString().getBytes();
        noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        Files.write(dir.resolve("disk.txt"), text);
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/noise.bin"), noise);
    }

    private PostProcessorResult compress(String output, String format, List<String> files, Integer level)
            throws Exception {
        Artifact in = new FilesArtifact("packer.file", files, dir);
        return new CompressPostProcessor(new CompressConfig(output, format, level))
                .postProcess(TestContexts.build(dir, new RecordingUi()), TestContexts.info("f", "file"), in);
    }

    private Map<String, byte[]> readTar(InputStream in) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                out.put(e.getName(), tar.readAllBytes());
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"out.tar.gz, gzip", "out.tgz, gzip", "out, gzip", "out.tar, none", "out.tar.xz, xz",
        "out.tar.lz4, lz4", "out.tar.bgzf, gzip"})
    void tarArchivesHoldEveryFileByBaseName(String output, String compression) throws Exception {
        PostProcessorResult r = compress(output, null, List.of("disk.txt", "sub/noise.bin"), null);
        assertThat(r.keep()).isFalse();
        assertThat(r.artifact().files()).containsExactly(output);
        assertThat(r.artifact().description()).isEqualTo("'' compressing: " + output);
        InputStream raw = new BufferedInputStream(Files.newInputStream(dir.resolve(output)));
        InputStream in = switch (compression) {
            case "gzip" -> new GZIPInputStream(raw);
            case "xz" -> new XZCompressorInputStream(raw);
            case "lz4" -> new FramedLZ4CompressorInputStream(raw);
            default -> raw;
        };
        Map<String, byte[]> entries = readTar(in);
        assertThat(entries.keySet()).containsExactly("disk.txt", "noise.bin");
        assertThat(entries.get("disk.txt")).isEqualTo(text);
        assertThat(entries.get("noise.bin")).isEqualTo(noise);
    }

    @Test
    void systemTarListsAndExtractsTheArchive() throws Exception {
        compress("sys.tar.gz", null, List.of("disk.txt", "sub/noise.bin"), 9);
        Path extract = Files.createDirectories(dir.resolve("x"));
        Process p = new ProcessBuilder("tar", "-xzvf", dir.resolve("sys.tar.gz").toString(), "-C", extract.toString())
                .redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(listing).isZero();
        assertThat(listing.lines()).containsExactly("disk.txt", "noise.bin");
        assertThat(Files.readAllBytes(extract.resolve("disk.txt"))).isEqualTo(text);
        assertThat(Files.readAllBytes(extract.resolve("noise.bin"))).isEqualTo(noise);
    }

    @Test
    void zipEntriesKeepTheirPaths() throws Exception {
        compress("out.zip", null, List.of("disk.txt", "sub/noise.bin"), null);
        try (ZipFile zip = ZipFile.builder().setPath(dir.resolve("out.zip")).get()) {
            List<String> names = java.util.Collections.list(zip.getEntries()).stream()
                    .map(ZipArchiveEntry::getName).toList();
            assertThat(names).containsExactly("disk.txt", "sub/noise.bin");
            assertThat(zip.getInputStream(zip.getEntry("sub/noise.bin")).readAllBytes()).isEqualTo(noise);
            assertThat(zip.getInputStream(zip.getEntry("disk.txt")).readAllBytes()).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @CsvSource({"disk.txt.gz, gzip", "disk.txt.xz, xz", "disk.txt.lz4, lz4", "disk.txt.bgzf, gzip"})
    void singleFileCompression(String output, String compression) throws Exception {
        compress(output, null, List.of("disk.txt"), null);
        InputStream raw = new BufferedInputStream(Files.newInputStream(dir.resolve(output)));
        InputStream in = switch (compression) {
            case "xz" -> new XZCompressorInputStream(raw);
            case "lz4" -> new FramedLZ4CompressorInputStream(raw);
            default -> new GZIPInputStream(raw);
        };
        assertThat(in.readAllBytes()).isEqualTo(text);
        assertThat(Files.size(dir.resolve(output))).isLessThan(text.length / 3);
    }

    @Test
    void formatOverridesTheExtension() throws Exception {
        compress("artifact", "zip", List.of("disk.txt"), null);
        try (ZipFile zip = ZipFile.builder().setPath(dir.resolve("artifact")).get()) {
            assertThat(zip.getEntry("disk.txt")).isNotNull();
        }
    }

    @Test
    void bgzfIsBlockedGzipWithSizesAndAnEofBlock() throws Exception {
        Files.write(dir.resolve("mixed.bin"), concat(text, noise));
        compress("mixed.bgzf", null, List.of("mixed.bin"), null);
        byte[] file = Files.readAllBytes(dir.resolve("mixed.bgzf"));
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int blocks = 0;
        long inflated = 0;
        int pos = 0;
        while (pos < file.length) {
            assertThat(b.get(pos) & 0xff).isEqualTo(0x1f);
            assertThat(b.get(pos + 1) & 0xff).isEqualTo(0x8b);
            assertThat(b.get(pos + 3) & 0xff).as("FEXTRA").isEqualTo(4);
            assertThat(b.getShort(pos + 10)).as("XLEN").isEqualTo((short) 6);
            assertThat(new String(file, pos + 12, 2)).isEqualTo("BC");
            int blockSize = (b.getShort(pos + 16) & 0xffff) + 1;
            long isize = b.getInt(pos + blockSize - 4) & 0xffffffffL;
            assertThat(isize).isLessThanOrEqualTo(0xff00);
            inflated += isize;
            pos += blockSize;
            blocks++;
        }
        assertThat(pos).isEqualTo(file.length);
        assertThat(inflated).isEqualTo(text.length + noise.length);
        assertThat(blocks).isGreaterThan(4);
        byte[] eof = java.util.Arrays.copyOfRange(file, file.length - 28, file.length);
        assertThat(java.util.HexFormat.of().formatHex(eof))
                .isEqualTo("1f8b08040000000000ff0600424302001b0003000000000000000000");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("mixed.bgzf")))) {
            assertThat(in.readAllBytes()).isEqualTo(concat(text, noise));
        }
    }

    @Test
    void severalFilesNeedAnArchive() {
        assertThatThrownBy(() -> compress("out.gz", null, List.of("disk.txt", "sub/noise.bin"), null))
                .hasMessage("Can only have 1 input file when not using tar/zip. Found 2 files: [disk.txt sub/noise.bin]");
        assertThat(dir.resolve("out.gz")).doesNotExist();
    }

    @Test
    void aMissingInputLeavesNoHalfArchive() {
        assertThatThrownBy(() -> compress("out.tar.gz", null, List.of("disk.txt", "gone.txt"), null))
                .hasMessageContaining("Unable to read file gone.txt");
        assertThat(dir.resolve("out.tar.gz")).doesNotExist();
    }

    @Test
    void outputIsAGoTemplate() throws Exception {
        PostProcessorResult r = compress("dist/{{.BuildName}}-{{.BuilderType}}.tar.gz", null, List.of("disk.txt"),
                null);
        assertThat(r.artifact().files()).containsExactly("dist/f-file.tar.gz");
        assertThat(dir.resolve("dist/f-file.tar.gz")).exists();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
