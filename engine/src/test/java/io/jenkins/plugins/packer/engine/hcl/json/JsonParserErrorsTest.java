package io.jenkins.plugins.packer.engine.hcl.json;

import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.line1;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.parse;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.InvalidNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed JSON: each diagnostic's summary, detail and exact subject, as hashicorp/hcl reports them. */
class JsonParserErrorsTest {

    private static Diagnostics diagsOf(String src) {
        Diagnostics diags = new Diagnostics();
        parse(src, diags);
        return diags;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"hello\":true       | Unclosed object                  | 1 | 2",
        "{\"hello\":true]      | Mismatched braces                | 14 | 15",
        "{\"hello\":true,}     | Trailing comma in object         | 14 | 15",
        "{true:false}          | Invalid object property name     | 2 | 6",
        "{\"wrong\"=true}      | Missing property value colon     | 9 | 10",
        "{\"wrong\" true}      | Missing property value colon     | 10 | 14",
        "{\"hello\", \"world\"} | Missing object value             | 9 | 10",
        "{\"a\": 1 \"b\": 2}   | Missing attribute seperator comma | 16 | 16",
        "[true                 | Unclosed object                  | 1 | 2",
        "]                     | Missing array element value      | 1 | 2",
        "}                     | Missing JSON value               | 1 | 2",
        "[true,]               | Trailing comma in array          | 6 | 7",
        "[[],]                 | Trailing comma in array          | 4 | 5",
        "[\"hello\":true]      | Invalid array value              | 15 | 15",
        "[true}                | Mismatched brackets              | 6 | 7",
        "[1 2]                 | Missing attribute seperator comma | 6 | 6",
        "[1,,2]                | Invalid start of value           | 4 | 5",
        "[1,]]                 | Trailing comma in array          | 3 | 4",
        "undefined             | Invalid JSON keyword             | 1 | 10",
        ".1                    | Invalid JSON number              | 1 | 3",
        "+2                    | Invalid JSON number              | 1 | 3",
        "01                    | Invalid JSON number              | 1 | 3",
        "1.                    | Invalid JSON number              | 1 | 3",
        "1e                    | Invalid JSON number              | 1 | 3",
        "1 2                   | Extraneous data after value      | 3 | 4",
        "@                     | Invalid start of value           | 1 | 2",
        "#                     | Invalid start of value           | 1 | 2",
    })
    void singleDiagnostic(String src, String summary, int fromColumn, int toColumn) {
        single(diagsOf(src), summary, line1(fromColumn, toColumn));
    }

    @Test
    void detailsFollowHcl() {
        assertThat(diagsOf("{\"wrong\"=true}").asList().get(0).detail())
                .isEqualTo("JSON uses a colon as its name/value delimiter, not an equals sign.");
        assertThat(diagsOf("{\"wrong\" true}").asList().get(0).detail())
                .isEqualTo("A colon must appear between an object property's name and its value.");
        assertThat(diagsOf("undefined").asList().get(0).detail())
                .isEqualTo("The JavaScript identifier \"undefined\" cannot be used in JSON.");
        assertThat(diagsOf("flase").asList().get(0).detail())
                .isEqualTo("\"flase\" is not a valid JSON keyword. Did you mean \"false\"?");
        assertThat(diagsOf("yes").asList().get(0).detail()).isEqualTo("\"yes\" is not a valid JSON keyword.");
        assertThat(diagsOf("[").asList().get(1).detail())
                .isEqualTo("No closing bracket was found for this JSON array.");
        assertThat(diagsOf("").asList().get(0).detail()).isEqualTo("The JSON data ends prematurely.");
    }

    @Test
    void openArrayAtEndGivesTwoDiagnostics() {
        Diagnostics diags = diagsOf("[");
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("Missing value", "Unclosed object");
        assertThat(diags.asList().get(0).subject()).isEqualTo(line1(2, 2));
        assertThat(diags.asList().get(1).subject()).isEqualTo(line1(1, 2));
    }

    @Test
    void brokenObjectBecomesInvalidNodeAtItsBrace() {
        Diagnostics diags = new Diagnostics();
        JsonNode n = parse("{\"hello\":true", diags);
        assertThat(n).isEqualTo(new InvalidNode(line1(1, 2)));
    }

    @Test
    void invalidEscapePointsAtTheEscape() {
        Diagnostic d = single(diagsOf("\"he\\llo\""), "Invalid JSON string", line1(4, 6));
        assertThat(d.context()).isEqualTo(line1(1, 9));
        assertThat(d.detail()).startsWith("There is a syntax error in the given JSON string.").contains("\"\\\\l\"");
        single(diagsOf("\"\\u12G4\""), "Invalid JSON string", line1(2, 7));
        single(diagsOf("\"\\u12\""), "Invalid JSON string", line1(2, 6));
        // a backslash before a two-byte character: two columns, three bytes
        Diagnostic wide = single(diagsOf("\"\\é\""), "Invalid JSON string",
                JsonTestSupport.range(1, 2, 1, 1, 4, 4));
        assertThat(wide.detail()).contains("\"\\\\é\"");
    }

    @Test
    void unterminatedStrings() {
        Diagnostic d = single(diagsOf("\"hello"), "Invalid JSON string", line1(7, 7));
        assertThat(d.context()).isEqualTo(line1(1, 7));
        Diagnostics nl = diagsOf("{\"a\": \"x\ny\"}");
        assertThat(nl.asList().get(0).summary()).isEqualTo("Invalid JSON string");
        assertThat(nl.asList().get(0).subject()).isEqualTo(line1(9, 9));
        assertThat(nl.asList().get(0).detail()).contains("escape sequence such as \\n");
        // an escaped quote does not close the string
        single(diagsOf("\"abc\\\""), "Invalid JSON string", line1(7, 7));
    }

    @Test
    void malformedUtf8IsDiagnosedWhereItIs() {
        byte[] src = {'{', '"', 'a', (byte) 0xC3, '"', ':', '1', '}'};
        Diagnostics diags = new Diagnostics();
        JsonNode n = JsonParser.parse(src, JsonTestSupport.FILE, io.jenkins.plugins.packer.engine.hcl.Pos.START, diags);
        Diagnostic d = single(diags, "Invalid character encoding", line1(4, 5));
        assertThat(d.detail()).contains("UTF-8");
        assertThat(((JsonNode.ObjectNode) n).properties().get(0).name()).isEqualTo("a\uFFFD");

        Diagnostics outside = new Diagnostics();
        JsonParser.parse(new byte[] {'[', (byte) 0xFF, ']'}, JsonTestSupport.FILE,
                io.jenkins.plugins.packer.engine.hcl.Pos.START, outside);
        assertThat(outside.asList().get(0).summary()).isEqualTo("Invalid character encoding");
        assertThat(outside.asList().get(0).subject()).isEqualTo(line1(2, 3));
        // overlong encoding of "/" and an encoded surrogate are not UTF-8 either
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] s = new byte[bad.length + 2];
            s[0] = '"';
            System.arraycopy(bad, 0, s, 1, bad.length);
            s[s.length - 1] = '"';
            Diagnostics ds = new Diagnostics();
            JsonParser.parse(s, JsonTestSupport.FILE, io.jenkins.plugins.packer.engine.hcl.Pos.START, ds);
            assertThat(ds.asList()).extracting(Diagnostic::summary).contains("Invalid character encoding");
        }
    }

    @Test
    void tenThousandNestedBracketsGiveOneDiagnostic() {
        int n = 10_000;
        Diagnostics diags = diagsOf("[".repeat(n) + "]".repeat(n));
        int col = JsonParser.MAX_DEPTH + 1;
        Diagnostic d = single(diags, "JSON nesting too deep", line1(col, col + 1));
        assertThat(d.detail()).contains(String.valueOf(JsonParser.MAX_DEPTH));

        Diagnostics objects = diagsOf("{\"a\":".repeat(n) + "1" + "}".repeat(n));
        assertThat(objects.asList()).extracting(Diagnostic::summary).containsExactly("JSON nesting too deep");
    }

    @Test
    void unbalancedDeepNestingDoesNotOverflow() {
        Diagnostics diags = diagsOf("[".repeat(100_000));
        assertThat(diags.hasErrors()).isTrue();
        assertThat(diags.asList().get(0).summary()).isEqualTo("JSON nesting too deep");
    }

    @Test
    void valueAfterDeepSkipStillParses() {
        int n = JsonParser.MAX_DEPTH + 5;
        Diagnostics diags = new Diagnostics();
        JsonNode root = parse("[" + "[".repeat(n) + "]".repeat(n) + ", 7]", diags);
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("JSON nesting too deep");
        JsonNode.ArrayNode a = (JsonNode.ArrayNode) root;
        assertThat(a.values()).hasSize(2);
        assertThat(a.values().get(1)).isInstanceOf(JsonNode.NumberNode.class);
    }
}
