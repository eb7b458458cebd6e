package io.jenkins.plugins.packer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateDigestTest {

    @Test
    void directoryDigestCoversTemplateFilesOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.pkr.hcl"), "source \"null\" \"b\" {}");
        Files.writeString(dir.resolve("a.pkr.json"), "{}");
        Files.writeString(dir.resolve("x.auto.pkrvars.hcl"), "v = 1");
        Files.writeString(dir.resolve("README.md"), "docs");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.pkr.hcl"), "ignored");

        assertThat(TemplateDigest.files(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.pkr.json", "b.pkr.hcl", "x.auto.pkrvars.hcl");
        String before = TemplateDigest.sha256(dir);
        assertThat(before).hasSize(64).matches("[0-9a-f]+");

        Files.writeString(dir.resolve("README.md"), "changed docs");
        assertThat(TemplateDigest.sha256(dir)).isEqualTo(before);
        Files.writeString(dir.resolve("b.pkr.hcl"), "source \"null\" \"b2\" {}");
        assertThat(TemplateDigest.sha256(dir)).isNotEqualTo(before);
    }

    @Test
    void renamingAFileChangesTheDigest(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("one.pkr.hcl"), "same");
        String a = TemplateDigest.sha256(f);
        Path g = Files.move(f, dir.resolve("two.pkr.hcl"));
        assertThat(TemplateDigest.sha256(g)).isNotEqualTo(a);
        assertThat(TemplateDigest.sha256(dir.resolve("missing.pkr.hcl")))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
