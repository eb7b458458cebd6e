package io.jenkins.plugins.packer.engine.hcl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Side by side with the real {@code packer fmt} (Debian's packer 1.6.6, skipped when absent) on messy inputs
 * of our own. Packer 1.6.6 bundles an older hclwrite: it writes {@code ! x} where current hclwrite (and we)
 * write {@code !x}, so the inputs avoid {@code !}; {@link HclFormatterTest} pins that case.
 */
class PackerFmtComparisonTest {

    private static final Path PACKER = Path.of("/usr/bin/packer");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "source \"null\" \"a\"{\ncommunicator=\"none\"\n  }\nbuild{\nsources=[\"source.null.a\"]\n"
                + "provisioner \"shell-local\" {\n        inline = [ \"echo hi\",\n\"echo ${ var.x }\" ]\n"
                + "        environment_vars = [\"A=1\",\n  \"B=2\"]\n  }\n}\n",
        "variable \"x\" {\ntype = map( string )\ndefault = {a=\"b\", \"c d\"= \"e\"}\n  description=<<EOT\n"
                + "  Some   text ${ here }\n    stays\n  EOT\nsensitive=true # a comment\n}\n",
        "locals{\na=1 # one\nbbbbb= 2 // two\n\nc = [ for  k, v  in var.m : upper( v ) if k != \"x\" ]\n"
                + "d = { for k,v in var.m: k => v... }\ne = var.a ? var.b : var.c\nf = -1 - - 2\ng = (1+2)*3/4%5\n"
                + "h = var.list[0].name\ni = var.list[*].name\nj = var.o.*.p\n}\n",
        "# leading comment\n\n\n/* block\n   comment */\nbuild {\n  name=\"x\"   /* inline */\n"
                + "\tdescription = \"tab\"\n  post-processors {\n    post-processor \"manifest\" {}\n"
                + "    post-processor \"checksum\" { checksum_types = [\"md5\" , \"sha1\"] }\n  }\n}\n",
        "a = {\n  b = [\n    1,\n    2\n  ]\n  \"quoted key\" = {\n    c=1\n    ddd=2\n  }\n}\n"
                + "x = \"%{ for s in list }${ s }%{ endfor }\"\ny = <<-EOF\n    ${ indent }\n  EOF\nz=\"\"\n",
        "\n\n  a    =    1\n  bb   =    2   \n\n\n\n  ccc=3\n"
    })
    void sameOutputAsPacker(String input) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PACKER), "/usr/bin/packer is absent; skipping the side-by-side check");
        Path file = dir.resolve("messy.pkr.hcl");
        Files.writeString(file, input);
        Process p = new ProcessBuilder(PACKER.toString(), "fmt", file.toString()).redirectErrorStream(true)
                .directory(dir.toFile()).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        String packer = Files.readString(file);
        assertThat(new String(HclFormatter.format(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo(packer);
        assertThat(packer).as("the input was messy").isNotEqualTo(input);
    }
}
