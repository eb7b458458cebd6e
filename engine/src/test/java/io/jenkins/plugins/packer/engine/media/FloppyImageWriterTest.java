package io.jenkins.plugins.packer.engine.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Floppies are checked with dosfstools' fsck.fat and read back with mtools. */
class FloppyImageWriterTest {

    @TempDir
    Path tmp;

    private static boolean tool(String name) {
        return Files.isExecutable(Path.of("/usr/bin", name)) || Files.isExecutable(Path.of("/usr/sbin", name));
    }

    @Test
    void aTreeWithLongNamesSubdirectoriesAndMultiClusterFilesIsAValidFat12() throws Exception {
        assumeTrue(tool("mtype") && tool("fsck.fat"), "mtools and dosfstools are installed by scripts/test");
        Path root = tmp.resolve("root");
        byte[] big = new byte[5000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.write(src.resolve("big.bin"), big);
        Files.createDirectories(src.resolve("drivers/amd64"));
        Files.writeString(src.resolve("drivers/amd64/viostor.inf"), "[Version]\n");
        for (int i = 0; i < 20; i++) {
            Files.writeString(src.resolve("drivers/amd64/file-with-a-long-name-" + i + ".txt"), "n" + i);
        }
        MediaTree.stage(root, src, List.of("big.bin", "drivers"), Map.of("/Autounattend.xml", "<unattend/>",
                "/README.TXT", "short", "/empty", ""), "floppy");
        Path img = tmp.resolve("floppy.img");
        FloppyImageWriter.write(root, "packer", img);

        assertThat(Files.size(img)).isEqualTo(1474560L);
        MediaTestTools.Result fsck = MediaTestTools.run(List.of("fsck.fat", "-n", "-v", img.toString()));
        assertThat(fsck.exit()).as(fsck.output()).isZero();
        assertThat(fsck.output()).contains("2880 sectors total", "12 bit entries", "28 files");
        MediaTestTools.Result dir = MediaTestTools.run(List.of("mdir", "-i", img.toString(), "-b", "-/", "::"));
        assertThat(dir.output()).contains("::/Autounattend.xml", "::/README.TXT", "::/big.bin",
                "::/drivers/amd64/viostor.inf", "::/drivers/amd64/file-with-a-long-name-19.txt", "::/empty");
        assertThat(MediaTestTools.run(List.of("mtype", "-i", img.toString(), "::/Autounattend.xml")).output())
                .isEqualTo("<unattend/>");
        assertThat(MediaTestTools.run(List.of("mtype", "-i", img.toString(), "::/big.bin")).output())
                .isEqualTo(new String(big, StandardCharsets.US_ASCII));
        assertThat(MediaTestTools.run(List.of("mlabel", "-i", img.toString(), "-s", "::")).output())
                .contains("PACKER");
    }

    @Test
    void tooMuchDataIsRefused() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("full"));
        Files.write(root.resolve("huge.bin"), new byte[1_500_000]);
        assertThatThrownBy(() -> FloppyImageWriter.write(root, "x", tmp.resolve("f.img")))
                .hasMessageContaining("the floppy is full");
    }

    @Test
    void shortNames() {
        Set<String> used = new HashSet<>();
        assertThat(ShortNames.generate("README.TXT", used)).isEqualTo("README  TXT");
        assertThat(ShortNames.isExact("README.TXT", "README  TXT")).isTrue();
        String a = ShortNames.generate("Autounattend.xml", used);
        assertThat(a).isEqualTo("AUTOUN~1XML");
        used.add(a);
        assertThat(ShortNames.generate("Autounattend.xml.bak", used)).isEqualTo("AUTOUN~1BAK");
        assertThat(ShortNames.generate("autounattend.xml", used)).isEqualTo("AUTOUN~2XML");
        assertThat(ShortNames.isExact("readme.txt", "README  TXT")).isFalse();
        // the checksum Windows stores in long-name entries, e.g. for "README  TXT"
        assertThat(ShortNames.checksum("README  TXT")).isBetween(0, 255);
        assertThat(ShortNames.longNameEntries("Autounattend.xml", a)).hasSize(2)
                .first().satisfies(e -> assertThat(e[0]).isEqualTo((byte) 0x42));
    }
}
