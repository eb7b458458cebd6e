package io.jenkins.plugins.packer.engine.postprocessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.FilesArtifact;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.postprocessor.checksum.ChecksumConfig;
import io.jenkins.plugins.packer.engine.postprocessor.checksum.ChecksumPostProcessor;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import io.jenkins.plugins.packer.engine.testing.TestContexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumPostProcessorTest {

    @TempDir
    Path dir;

    private Artifact input() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "alpha\n");
        Files.createDirectories(dir.resolve("sub"));
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + i / 7);
        }
        Files.write(dir.resolve("sub/b.bin"), big);
        return new FilesArtifact("packer.file", List.of("a.txt", "sub/b.bin"), dir);
    }

    private static String digest(String algorithm, Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
    }

    @Test
    void everyTypeWritesRecomputableLinesAndExtendsTheArtifact() throws Exception {
        Artifact in = input();
        ChecksumConfig config = new ChecksumConfig(List.of("md5", "sha1", "sha224", "sha256", "sha384", "sha512"),
                "sums/packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum");
        PostProcessorResult r = new ChecksumPostProcessor(config).postProcess(
                TestContexts.build(dir, new RecordingUi()), TestContexts.info("f", "file"), in);

        assertThat(r.keep()).isTrue();
        assertThat(r.forceOverride()).isTrue();
        Map<String, String> javaNames = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
                "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");
        for (String type : config.checksumTypes()) {
            Path sums = dir.resolve("sums/packer_f_file_" + type + ".checksum");
            List<String> lines = Files.readAllLines(sums, StandardCharsets.UTF_8);
            assertThat(lines).containsExactly(
                    digest(javaNames.get(type), dir.resolve("a.txt")) + "\ta.txt",
                    digest(javaNames.get(type), dir.resolve("sub/b.bin")) + "\tb.bin");
        }
        assertThat(r.artifact().builderId()).isEqualTo(ChecksumPostProcessor.BUILDER_ID);
        assertThat(r.artifact().files()).hasSize(8).startsWith("a.txt", "sub/b.bin")
                .contains("sums/packer_f_file_sha512.checksum");
        assertThat(r.artifact().description())
                .startsWith("Created artifact from files: a.txt, sub/b.bin, sums/packer_f_file_md5.checksum");
    }

    @Test
    void appendsToAnExistingChecksumFileAndDoesNotListItAgain() throws Exception {
        Artifact in = input();
        ChecksumConfig config = new ChecksumConfig(null, "out.sum");
        Files.writeString(dir.resolve("out.sum"), "previous\n");
        PostProcessorResult r = new ChecksumPostProcessor(config).postProcess(
                TestContexts.build(dir, new RecordingUi()), TestContexts.info("f", "file"), in);
        assertThat(Files.readAllLines(dir.resolve("out.sum"))).hasSize(3).first().isEqualTo("previous");
        assertThat(Files.readAllLines(dir.resolve("out.sum")).get(1))
                .isEqualTo(digest("MD5", dir.resolve("a.txt")) + "\ta.txt");
        assertThat(r.artifact().files()).containsExactly("a.txt", "sub/b.bin");
    }

    @Test
    void missingInputFileIsAnError() {
        Artifact in = new FilesArtifact("x", List.of("nope.txt"), dir);
        assertThatThrownBy(() -> new ChecksumPostProcessor(new ChecksumConfig(List.of("sha256"), "s.sum"))
                .postProcess(TestContexts.build(dir, new RecordingUi()), TestContexts.info("f", "file"), in))
                .hasMessage("unable to open file nope.txt: open nope.txt: no such file or directory");
    }
}
