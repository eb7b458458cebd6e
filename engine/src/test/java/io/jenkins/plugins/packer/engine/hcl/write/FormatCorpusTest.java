package io.jenkins.plugins.packer.engine.hcl.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Golden files from Packer's own tests, and real-world templates that are already canonical. */
class FormatCorpusTest {

    @Test
    void packerFormatterGoldenPair() throws IOException {
        Path dir = Corpus.dir("packer-hcl2template").resolve("hcl2template/testdata/format");
        byte[] unformatted = Files.readAllBytes(dir.resolve("unformatted.pkr.hcl"));
        byte[] formatted = Files.readAllBytes(dir.resolve("formatted.pkr.hcl"));
        assertThat(new String(HclFormatter.format(unformatted))).isEqualTo(new String(formatted));
        assertThat(HclFormatter.format(formatted)).isEqualTo(formatted);
        byte[] vars = Files.readAllBytes(dir.resolve("unformatted.pkrvars.hcl"));
        assertThat(new String(HclFormatter.format(vars)))
                .isEqualTo("ami_filter_name   = \"amzn2-ami-hvm-*-x86_64-gp2\"\nami_filter_owners = [\"137112412989\"]\n\n");
    }

    @Test
    void packerCommandFixtures() throws IOException {
        Path dir = Corpus.dir("packer-command").resolve("command/test-fixtures/fmt");
        byte[] formatted = Files.readAllBytes(dir.resolve("formatted.pkr.hcl"));
        assertThat(HclFormatter.format(formatted)).isEqualTo(formatted);
        for (String name : List.of("unformatted.pkr.hcl", "unformatted.pkrvars.hcl", "unformatted.auto.pkrvars.hcl")) {
            byte[] src = Files.readAllBytes(dir.resolve(name));
            assertThat(HclFormatter.format(src)).as(name).isNotEqualTo(src);
        }
        assertThat(new String(HclFormatter.format(Files.readAllBytes(dir.resolve("unformatted.pkr.hcl")))))
                .isEqualTo("variable \"region\" {\n  type = string\n}\n\nsource \"amazon-ebs\" \"example\" {\n"
                        + "  region = var.region\n}\n\nbuild {\n  sources = [\"source.amazon-ebs.example\"]\n}\n");
    }

    @Test
    void bentoTemplatesAreAlreadyCanonical() throws IOException {
        Path bento = Corpus.dir("chef-bento");
        List<Path> files = hclFiles(bento);
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            byte[] src = Files.readAllBytes(f);
            assertThat(new String(HclFormatter.format(src))).as(f.toString()).isEqualTo(new String(src));
        }
    }

    @Test
    void formattingEveryCorpusFileIsIdempotent() throws IOException {
        int n = 0;
        for (String name : List.of("packer-hcl2template", "packer-command", "packer-examples", "chef-bento",
                "hcl-specsuite")) {
            for (Path f : hclFiles(Corpus.dir(name))) {
                byte[] once = HclFormatter.format(Files.readAllBytes(f));
                assertThat(new String(HclFormatter.format(once))).as(f.toString()).isEqualTo(new String(once));
                n++;
            }
        }
        assertThat(n).isGreaterThan(100);
    }

    static List<Path> hclFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && (n.endsWith(".pkr.hcl") || n.endsWith(".pkrvars.hcl")
                        || n.endsWith(".hcl"));
            }).sorted().toList();
        }
    }
}
