package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real-world templates (chef/bento) must parse without any error, and evaluate without internal failures. */
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
        int evaluated = 0;
        for (Path f : files) {
            ParseResult r = HclParser.parseFile(Files.readAllBytes(f), f.toString());
            assertThat(r.diags().asList()).as(f.toString()).isEmpty();
            evaluated += evaluateAll((SyntaxBody) r.body());
        }
        assertThat(evaluated).isGreaterThan(100);
    }

    /**
     * Evaluates every attribute with unknown {@code var}, {@code local} and {@code path}: whatever the
     * outcome, no evaluation may fail internally, and every reference variables() reports lies inside the expression.
     */
    private static int evaluateAll(SyntaxBody body) {
        EvalContext ctx = EvalContext.of(Map.of("var", Value.DYNAMIC, "local", Value.DYNAMIC, "path",
                Value.DYNAMIC, "source", Value.DYNAMIC, "data", Value.DYNAMIC), Map.of());
        int n = 0;
        for (SyntaxAttribute a : body.syntaxAttributes().values()) {
            Diagnostics d = new Diagnostics();
            assertThat(a.expr().value(ctx, d)).isNotNull();
            assertThat(d.asList()).as(a.range().toString()).noneMatch(x -> x.summary().startsWith("Internal error"));
            assertThat(a.expr().variables()).allMatch(t -> a.expr().range().start().compareTo(t.range().start()) <= 0
                    && t.range().end().compareTo(a.expr().range().end()) <= 0);
            n++;
        }
        for (SyntaxBlock b : body.syntaxBlocks()) {
            n += evaluateAll(b.body());
        }
        return n;
    }
}
