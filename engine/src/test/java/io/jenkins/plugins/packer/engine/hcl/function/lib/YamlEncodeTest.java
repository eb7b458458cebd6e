package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts were produced by {@code packer console} (go-cty-yaml). */
class YamlEncodeTest {

    private final Map<String, Function> lib = EncodingFunctions.all();

    private String yaml(Value v) throws Exception {
        return call(lib, "yamlencode", v).asString();
    }

    @Test
    void scalarsAtTopLevel() throws Exception {
        assertThat(yaml(str("hello"))).isEqualTo("\"hello\"\n");
        assertThat(yaml(str(""))).isEqualTo("\"\"\n");
        assertThat(yaml(num(5))).isEqualTo("5\n...\n");
        assertThat(yaml(Value.TRUE)).isEqualTo("true\n...\n");
        assertThat(yaml(Value.NULL)).isEqualTo("null\n...\n");
        assertThat(yaml(Value.nullOf(Type.STRING))).isEqualTo("null\n...\n");
    }

    @Test
    void mappingWithNestedCollections() throws Exception {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("a", str("b"));
        m.put("c", Value.tuple(List.of(str("d"), num(1), Value.TRUE, Value.NULL)));
        m.put("e", Value.object(Map.of("f", str("line1\nline2"))));
        m.put("g", Value.EMPTY_TUPLE);
        m.put("h", Value.EMPTY_OBJECT);
        assertThat(yaml(Value.object(m))).isEqualTo("""
                "a": "b"
                "c":
                - "d"
                - 1
                - true
                - null
                "e":
                  "f": |-
                    line1
                    line2
                "g": []
                "h": {}
                """);
    }

    @Test
    void sequencesOfSequencesAndMappings() throws Exception {
        Value v = Value.tuple(List.of(
                Value.tuple(List.of(str("a"), str("b"))),
                Value.tuple(List.of(Value.object(Map.of("x", num(1), "y", num(2)))))));
        assertThat(yaml(v)).isEqualTo("""
                - - "a"
                  - "b"
                - - "x": 1
                    "y": 2
                """);
        assertThat(yaml(Value.EMPTY_TUPLE)).isEqualTo("[]\n");
        assertThat(yaml(Value.EMPTY_OBJECT)).isEqualTo("{}\n");
        assertThat(yaml(Value.list(Type.STRING, List.of(str("b"))))).isEqualTo("- \"b\"\n");
        assertThat(yaml(Value.set(Type.STRING, List.of(str("b"))))).isEqualTo("- \"b\"\n");
        assertThat(yaml(Value.map(Type.STRING, Map.of("a", str("b"))))).isEqualTo("\"a\": \"b\"\n");
    }

    @Test
    void longDoubleQuotedStringsAreFoldedAfterColumnEighty() throws Exception {
        String alphabet = "a b c d e f g h i j k l m n o p q r s t u v w x y z";
        String text = alphabet + " " + alphabet + " 1 2 3 4 5";
        assertThat(yaml(str(text))).isEqualTo(
                "\"a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o\n"
                        + "  p q r s t u v w x y z 1 2 3 4 5\"\n");
        assertThat(yaml(Value.object(Map.of("k", str(text))))).isEqualTo(
                "\"k\": \"a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l\n"
                        + "  m n o p q r s t u v w x y z 1 2 3 4 5\"\n");
    }

    @Test
    void literalBlocksAndTheirChompingAndIndentIndicators() throws Exception {
        assertThat(yaml(str("x\n"))).isEqualTo("|\n  x\n");
        assertThat(yaml(str("x\n\n"))).isEqualTo("|+\n  x\n\n");
        assertThat(yaml(str(" lead\nx"))).isEqualTo("|2-\n   lead\n  x\n");
        assertThat(yaml(str("a\n\nb"))).isEqualTo("|-\n  a\n\n  b\n");
    }

    @Test
    void stringsThatCannotBeBlocksAreEscaped() throws Exception {
        assertThat(yaml(str("tab\there"))).isEqualTo("\"tab\\there\"\n");
        assertThat(yaml(str("tab\tand\nbreak"))).isEqualTo("\"tab\\tand\\nbreak\"\n");
        assertThat(yaml(str("trailing \nspace"))).isEqualTo("\"trailing \\nspace\"\n");
        assertThat(yaml(str("😀é"))).isEqualTo("\"\\U0001F600é\"\n");
        assertThat(yaml(str("q\"b\\\u0085\u0001"))).isEqualTo("\"q\\\"b\\\\\\N\\x01\"\n");
    }

    @Test
    void keysWithLineBreaksUseTheComplexKeyForm() throws Exception {
        assertThat(yaml(Value.object(Map.of("a\nb", num(1))))).isEqualTo("? |-\n  a\n  b\n: 1\n");
    }

    @Test
    void partlyUnknownIsUnknownAndSecretsStaySecret() throws Exception {
        assertThat(call(lib, "yamlencode", Value.tuple(List.of(Value.unknown(Type.NUMBER)))))
                .isEqualTo(Value.unknown(Type.STRING));
        Value out = call(lib, "yamlencode", Value.tuple(List.of(secret("s"))));
        assertThat(out.asString()).isEqualTo("- \"s\"\n");
        assertThat(out.marks()).containsExactly(Mark.SENSITIVE);
    }
}
