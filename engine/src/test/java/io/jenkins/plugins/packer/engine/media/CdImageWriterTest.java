package io.jenkins.plugins.packer.engine.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are read back with xorriso (Rock Ridge, Joliet, plain ISO 9660 views) and blkid. */
class CdImageWriterTest {

    @TempDir
    Path tmp;

    private Path sources() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("user-data"), "#cloud-config\n");
        Files.writeString(src.resolve("meta-data"), "instance-id: tiny\n");
        Files.createDirectories(src.resolve("drivers/net"));
        Files.writeString(src.resolve("drivers/net/Long-File-Name.Config.txt"), "deep\n");
        Files.createDirectories(src.resolve("scripts"));
        Files.writeString(src.resolve("scripts/a.sh"), "echo a\n");
        Files.writeString(src.resolve("scripts/b.sh"), "echo b\n");
        return src;
    }

    @Test
    void stagedTreeIsReadableWithRockRidgeAndJolietNamesAndTheLabel() throws Exception {
        Path src = sources();
        Path root = tmp.resolve("root");
        MediaTree.stage(root, src, List.of("user-data", "meta-data", "drivers", "scripts/", "*.none"),
                Map.of("/meta-data", "instance-id: override\n", "/extra/x.cfg", "x=1\n"), "CD");
        Path iso = tmp.resolve("cd.iso");
        CdImageWriter.write(root, "cidata", iso);

        MediaTestTools.Result rr = MediaTestTools.run(List.of("xorriso", "-indev", iso.toString(), "-find", "/"));
        assertThat(rr.output()).contains("'/user-data'", "'/meta-data'", "'/drivers/net/Long-File-Name.Config.txt'",
                "'/a.sh'", "'/b.sh'", "'/extra/x.cfg'").doesNotContain("'/scripts'");
        MediaTestTools.Result joliet = MediaTestTools.run(List.of("xorriso", "-rockridge", "off", "-indev",
                iso.toString(), "-find", "/"));
        assertThat(joliet.output()).contains("'/drivers/net/Long-File-Name.Config.txt'");
        MediaTestTools.Result blkid = MediaTestTools.run(List.of("blkid", "-o", "export", iso.toString()));
        assertThat(blkid.output()).contains("LABEL=cidata", "TYPE=iso9660");

        Path out = tmp.resolve("extracted");
        MediaTestTools.run(List.of("osirrox", "-indev", iso.toString(), "-extract", "/", out.toString()));
        assertThat(out.resolve("meta-data")).hasContent("instance-id: override");
        assertThat(out.resolve("user-data")).hasContent("#cloud-config");
        assertThat(out.resolve("drivers/net/Long-File-Name.Config.txt")).hasContent("deep");
    }

    @Test
    void missingFilesAreReportedAsPackerDoes() {
        assertThatThrownBy(() -> MediaTree.stage(tmp.resolve("r"), tmp, List.of("nope.txt"), Map.of(), "CD"))
                .hasMessage("Error adding path to CD: stat " + tmp.resolve("nope.txt") + ": no such file or directory");
        assertThatThrownBy(() -> MediaTree.stage(tmp.resolve("r"), tmp, List.of(), Map.of("../x", "y"), "CD"))
                .hasMessageContaining("invalid CD content path");
    }

    @Test
    void globsMatchOneSegmentPerPatternSegment() throws Exception {
        Path src = sources();
        assertThat(FileGlobs.expand(src, "scripts/*.sh")).containsExactly(src.resolve("scripts/a.sh"),
                src.resolve("scripts/b.sh"));
        assertThat(FileGlobs.expand(src, "*/*.sh")).hasSize(2);
        assertThat(FileGlobs.expand(src, "*.sh")).isEmpty();
        assertThat(FileGlobs.expand(src, "d?ivers")).containsExactly(src.resolve("drivers"));
        assertThat(FileGlobs.expand(src, "nope/*")).isEmpty();
        assertThat(FileGlobs.expand(src, "literal")).containsExactly(src.resolve("literal"));
    }
}
