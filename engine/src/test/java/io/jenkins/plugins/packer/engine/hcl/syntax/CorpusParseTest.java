package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real-world templates (chef/bento) must parse without any error. */
class CorpusParseTest {

    private static final Path BENTO = Path.of("/work/shared/corpus/chef-bento");

    @Test
    void bentoTemplatesParseWithoutErrors() throws IOException {
        assumeTrue(Files.isDirectory(BENTO), "corpus directory " + BENTO + " is absent; skipping");
        List<Path> files;
        try (Stream<Path> s = Files.walk(BENTO)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".pkr.hcl")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            ParseResult r = HclParser.parseFile(Files.readAllBytes(f), f.toString());
            assertThat(r.diags().asList()).as(f.toString()).isEmpty();
            assertThat(r.body()).isNotNull();
        }
    }
}
