package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonFunctionsTest {

    private final Map<String, Function> lib = EncodingFunctions.all();

    @Test
    void jsonencodeEscapesLikeGo() throws Exception {
        // checked against packer console: {"a":"\u003cb\u003e\u0026","b":[1,2.5,true,null],"c":"\u2028\t\u0001"}
        Value v = Value.object(Map.of(
                "a", str("<b>&"),
                "b", Value.tuple(List.of(num(1), Value.number(new BigDecimal("2.50")), Value.TRUE, Value.NULL)),
                "c", str("\u2028\t\u0001")));
        assertThat(call(lib, "jsonencode", v))
                .isEqualTo(str("{\"a\":\"\\u003cb\\u003e\\u0026\",\"b\":[1,2.5,true,null],\"c\":\"\\u2028\\t\\u0001\"}"));
    }

    @Test
    void jsonencodeOfEveryKindOfValue() throws Exception {
        assertThat(call(lib, "jsonencode", str("hello"))).isEqualTo(str("\"hello\""));
        assertThat(call(lib, "jsonencode", Value.number(new BigDecimal("1e20")))).isEqualTo(str("100000000000000000000"));
        assertThat(call(lib, "jsonencode", Value.number(new BigDecimal("-0.000001")))).isEqualTo(str("-0.000001"));
        assertThat(call(lib, "jsonencode", Value.NULL)).isEqualTo(str("null"));
        assertThat(call(lib, "jsonencode", Value.nullOf(Type.STRING))).isEqualTo(str("null"));
        assertThat(call(lib, "jsonencode", Value.set(Type.STRING, List.of(str("b"), str("a")))))
                .isEqualTo(str("[\"a\",\"b\"]"));
        assertThat(call(lib, "jsonencode", Value.map(Type.NUMBER, Map.of("z", num(1), "a", num(2)))))
                .isEqualTo(str("{\"a\":2,\"z\":1}"));
        assertThat(call(lib, "jsonencode", Value.EMPTY_OBJECT)).isEqualTo(str("{}"));
        assertThat(call(lib, "jsonencode", Value.EMPTY_TUPLE)).isEqualTo(str("[]"));
        assertThat(call(lib, "jsonencode", str("\b\f\r\n\"\\/\u007f"))).isEqualTo(str("\"\\b\\f\\r\\n\\\"\\\\/\u007f\""));
    }

    @Test
    void jsonencodeOfUnknownOrPartlyUnknownIsUnknownAndMarksCarryOver() throws Exception {
        assertThat(call(lib, "jsonencode", Value.DYNAMIC)).isEqualTo(Value.unknown(Type.STRING));
        Value partly = Value.tuple(List.of(str("a"), Value.unknown(Type.STRING)));
        assertThat(call(lib, "jsonencode", partly)).isEqualTo(Value.unknown(Type.STRING));
        Value nestedSecret = Value.object(Map.of("password", secret("hunter2")));
        Value encoded = call(lib, "jsonencode", nestedSecret);
        assertThat(encoded.asString()).isEqualTo("{\"password\":\"hunter2\"}");
        assertThat(encoded.marks()).containsExactly(Mark.SENSITIVE);
    }

    @Test
    void jsondecodeBuildsObjectsTuplesAndUntypedNulls() throws Exception {
        Value v = call(lib, "jsondecode", str("{\"a\": [1, \"x\", null, true], \"b\": {}, \"c\": 1.5e3}"));
        assertThat(v.attributes().get("a")).isEqualTo(Value.tuple(List.of(num(1), str("x"), Value.NULL, Value.TRUE)));
        assertThat(v.attributes().get("b")).isEqualTo(Value.EMPTY_OBJECT);
        assertThat(v.attributes().get("c")).isEqualTo(num(1500));
        assertThat(call(lib, "jsondecode", str("null"))).isEqualTo(Value.NULL);
        assertThat(call(lib, "jsondecode", str(" \"\\u00e9\\ud83d\\ude00\\n\" "))).isEqualTo(str("é😀\n"));
        assertThat(call(lib, "jsondecode", str("\"\\ud800\""))).isEqualTo(str("\ufffd"));
        assertThat(call(lib, "jsondecode", str("999999999999999999999999999999.25")))
                .isEqualTo(Value.number(new BigDecimal("999999999999999999999999999999.25")));
    }

    @Test
    void jsondecodeDuplicateKeysOfTheSameTypeKeepTheLastValue() throws Exception {
        assertThat(call(lib, "jsondecode", str("{\"a\": \"hello\", \"a\": \"world\"}")))
                .isEqualTo(Value.object(Map.of("a", str("world"))));
        assertCallFails(lib, "jsondecode", str("{\"a\": \"hello\", \"a\": true}"))
                .hasMessage("duplicate \"a\" property in JSON object");
    }

    @Test
    void jsondecodeIgnoresAStrayClosingBracketAfterTheValueAsGoCtyDoes() throws Exception {
        assertThat(call(lib, "jsondecode", str("1]"))).isEqualTo(num(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{}boop|extraneous data after JSON object",
        "1 2|extraneous data after JSON object",
        "[!]|invalid character '!' looking for beginning of value",
        "[}|invalid character '}' looking for beginning of value",
        "{true: null}|invalid character 't'",
        "{\"a\" 1}|invalid character '1' after object key",
        "{\"a\":1 \"b\":2}|invalid character '\"' after object key:value pair",
        "[1 2]|invalid character '2' after array element",
        "{\"a\":1,}|invalid character '}' looking for beginning of object key string",
        "[1,]|invalid character ']' looking for beginning of value",
        "tru|unexpected EOF",
        "trux|invalid character 'x' in literal true (expecting 'e')",
        "nul|unexpected EOF",
        "-x|invalid character 'x' in numeric literal",
        "1.e5|invalid character 'e' after decimal point in numeric literal",
        "1e+|unexpected EOF",
        "1ex|invalid character 'x' in exponent of numeric literal",
        "\"a\\qb\"|invalid character 'q' in string escape code",
        "\"\\u12g4\"|invalid character 'g' in \\u hexadecimal character escape",
        "\"abc|unexpected EOF",
        "[1,|EOF",
        "`  `|EOF",
        "'x'|invalid character '\\'' looking for beginning of value",
    })
    void jsondecodeSyntaxErrorsUseGoMessages(String input, String message) {
        assertCallFails(lib, "jsondecode", str(input)).hasMessage(message);
    }

    @Test
    void jsondecodeRejectsControlCharactersInStrings() {
        assertCallFails(lib, "jsondecode", str("\"a\tb\"")).hasMessage("invalid character '\\t' in string literal");
    }

    @Test
    void jsondecodeRefusesVeryDeepNesting() throws Exception {
        assertThat(call(lib, "jsondecode", str("[".repeat(1000) + "]".repeat(1000))).type()).isNotNull();
        assertCallFails(lib, "jsondecode", str("[".repeat(1001) + "]".repeat(1001))).hasMessage("exceeded max depth");
    }

    @Test
    void jsondecodeOfEmptyStringIsEof() {
        assertCallFails(lib, "jsondecode", str("")).hasMessage("EOF");
    }
}
