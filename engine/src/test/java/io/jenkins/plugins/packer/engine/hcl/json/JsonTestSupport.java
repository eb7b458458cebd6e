package io.jenkins.plugins.packer.engine.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.nio.charset.StandardCharsets;

/** Helpers shared by the JSON syntax tests. */
final class JsonTestSupport {

    static final String FILE = "test.pkr.json";

    private JsonTestSupport() {
    }

    /** A range in {@link #FILE} from (line, column, byte) to (line, column, byte). */
    static Range range(int l1, int c1, int b1, int l2, int c2, int b2) {
        return new Range(FILE, new Pos(l1, c1, b1), new Pos(l2, c2, b2));
    }

    /** A one-line range: columns {@code c1}-{@code c2} on line 1, bytes {@code c1-1}-{@code c2-1}. */
    static Range line1(int c1, int c2) {
        return range(1, c1, c1 - 1, 1, c2, c2 - 1);
    }

    static JsonNode parse(String src, Diagnostics diags) {
        return JsonParser.parse(src.getBytes(StandardCharsets.UTF_8), FILE, Pos.START, diags);
    }

    /** Asserts there is exactly one diagnostic, an error with this summary and subject, and returns it. */
    static Diagnostic single(Diagnostics diags, String summary, Range subject) {
        assertThat(diags.asList()).as("diagnostics %s", diags).hasSize(1);
        Diagnostic d = diags.asList().get(0);
        assertThat(d.isError()).isTrue();
        assertThat(d.summary()).isEqualTo(summary);
        assertThat(d.subject()).isEqualTo(subject);
        return d;
    }
}
