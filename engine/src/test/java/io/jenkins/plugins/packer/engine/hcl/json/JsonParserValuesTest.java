package io.jenkins.plugins.packer.engine.hcl.json;

import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.FILE;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.line1;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.parse;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ArrayNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.BoolNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.NullNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.NumberNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ObjectNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.StringNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Well-formed JSON: values and exact ranges (cases after hashicorp/hcl's json parser tests). */
class JsonParserValuesTest {

    private static JsonNode ok(String src) {
        Diagnostics diags = new Diagnostics();
        JsonNode n = parse(src, diags);
        assertThat(diags.asList()).as("diagnostics of %s", src).isEmpty();
        return n;
    }

    @Test
    void keywords() {
        assertThat(ok("true")).isEqualTo(new BoolNode(true, line1(1, 5)));
        assertThat(ok("false")).isEqualTo(new BoolNode(false, line1(1, 6)));
        assertThat(ok("null")).isEqualTo(new NullNode(line1(1, 5)));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "1.2,1.2", "-1,-1", "1.2e5,120000", "1.2e+5,120000", "1.2e-5,0.000012", "0,0",
        "-0.5,-0.5", "3.14159265358979323846264338327950288419716939937510582097494459,"
                + "3.14159265358979323846264338327950288419716939937510582097494459"})
    void numbersAreExact(String src, String expected) {
        JsonNode n = ok(src);
        assertThat(n).isInstanceOf(NumberNode.class);
        assertThat(((NumberNode) n).value()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(n.range()).isEqualTo(line1(1, src.length() + 1));
    }

    @Test
    void stringsAreUnescaped() {
        assertThat(ok("\"hello\"")).isEqualTo(new StringNode("hello", line1(1, 8)));
        assertThat(ok("\"hello\\nworld\"")).isEqualTo(new StringNode("hello\nworld", line1(1, 15)));
        assertThat(ok("\"hello \\\"world\\\"\"")).isEqualTo(new StringNode("hello \"world\"", line1(1, 18)));
        assertThat(ok("\"hello \\\\\"")).isEqualTo(new StringNode("hello \\", line1(1, 11)));
        assertThat(((StringNode) ok("\"\\/\\b\\f\\r\\t\\u0041\\u00e9\"")).value()).isEqualTo("/\b\f\r\tAé");
    }

    @Test
    void surrogatePairsCombineAndLoneSurrogatesAreReplaced() {
        assertThat(((StringNode) ok("\"\\ud83d\\ude00\"")).value()).isEqualTo("\uD83D\uDE00");
        assertThat(((StringNode) ok("\"a\\ud83db\"")).value()).isEqualTo("a\uFFFDb");
        assertThat(((StringNode) ok("\"\\ude00\"")).value()).isEqualTo("\uFFFD");
    }

    @Test
    void columnsCountCodePointsAndBytesCountUtf8() {
        // "ж" is two bytes, "😀" four bytes; each is one column
        ObjectNode o = (ObjectNode) ok("{\"ж😀\": 1}");
        assertThat(o.properties().get(0).nameRange()).isEqualTo(range(1, 2, 1, 1, 6, 9));
        assertThat(o.properties().get(0).value().range()).isEqualTo(range(1, 8, 11, 1, 9, 12));
        assertThat(((StringNode) ok("\"ж😀\"")).value()).isEqualTo("ж😀");
    }

    @Test
    void objectKeepsOrderAndDuplicates() {
        ObjectNode o = (ObjectNode) ok("{\"hello\": true, \"hello\": true}");
        assertThat(o.properties()).hasSize(2);
        assertThat(o.properties().get(0).name()).isEqualTo("hello");
        assertThat(o.properties().get(0).nameRange()).isEqualTo(line1(2, 9));
        assertThat(o.properties().get(0).value().range()).isEqualTo(line1(11, 15));
        assertThat(o.properties().get(1).nameRange()).isEqualTo(line1(17, 24));
        assertThat(o.properties().get(1).value().range()).isEqualTo(line1(26, 30));
        assertThat(o.range()).isEqualTo(line1(1, 31));
        assertThat(o.openRange()).isEqualTo(line1(1, 2));
        assertThat(o.closeRange()).isEqualTo(line1(30, 31));
    }

    @Test
    void arrays() {
        ArrayNode a = (ArrayNode) ok("[[], true]");
        assertThat(a.values()).hasSize(2);
        assertThat(a.values().get(0)).isEqualTo(new ArrayNode(java.util.List.of(), line1(2, 4), line1(2, 3)));
        assertThat(a.range()).isEqualTo(line1(1, 11));
        assertThat(a.openRange()).isEqualTo(line1(1, 2));
        assertThat(a.startRange()).isEqualTo(line1(1, 2));
    }

    @Test
    void linesTabsAndCarriageReturns() {
        // a newline starts line 2; CR takes no column; a tab counts two columns, as in hcl
        ObjectNode o = (ObjectNode) ok("{\r\n\t\"a\": 1\n}");
        assertThat(o.properties().get(0).nameRange()).isEqualTo(range(2, 3, 4, 2, 6, 7));
        assertThat(o.closeRange()).isEqualTo(range(3, 1, 11, 3, 2, 12));
    }

    @Test
    void startPositionOffsetsEverything() {
        Diagnostics diags = new Diagnostics();
        JsonNode n = JsonParser.parse("true".getBytes(StandardCharsets.UTF_8), FILE, new Pos(3, 10, 0), diags);
        assertThat(n.range()).isEqualTo(new Range(FILE, new Pos(3, 10, 0), new Pos(3, 14, 4)));
    }

    @Test
    void nestingUpToTheLimitIsFine() {
        int depth = JsonParser.MAX_DEPTH;
        JsonNode n = ok("[".repeat(depth) + "]".repeat(depth));
        int seen = 0;
        while (n instanceof ArrayNode a) {
            seen++;
            n = a.values().isEmpty() ? null : a.values().get(0);
        }
        assertThat(seen).isEqualTo(depth);
    }
}
