package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The JSON reader: Go's encoding/json error wording and offsets, values as Go decodes them, and ranges. */
class JsonParserTest {

    private static JsonParser.Result parse(String s) {
        return JsonParser.parse("t.json", s.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("", "unexpected end of JSON input", 0),
                Arguments.of("  ", "unexpected end of JSON input", 2),
                Arguments.of("{", "unexpected end of JSON input", 1),
                Arguments.of("{\"a\" 1}", "invalid character '1' after object key", 6),
                Arguments.of("{\"a\":1 \"b\":2}", "invalid character '\"' after object key:value pair", 8),
                Arguments.of("[1 2]", "invalid character '2' after array element", 4),
                Arguments.of("[1,]", "invalid character ']' looking for beginning of value", 4),
                Arguments.of("{\"a\":1,}", "invalid character '}' looking for beginning of object key string", 8),
                // Go ends the input with a space: packer 1.6.6 reports these as below
                Arguments.of("tru", "invalid character ' ' in literal true (expecting 'e')", 3),
                Arguments.of("-", "invalid character ' ' in numeric literal", 1),
                Arguments.of("1.", "invalid character ' ' after decimal point in numeric literal", 2),
                Arguments.of("\"\\", "invalid character ' ' in string escape code", 2),
                Arguments.of("\"\\u1", "invalid character ' ' in \\u hexadecimal character escape", 4),
                Arguments.of("trUe", "invalid character 'U' in literal true (expecting 'u')", 3),
                Arguments.of("nul!", "invalid character '!' in literal null (expecting 'l')", 4),
                Arguments.of("fals", "invalid character ' ' in literal false (expecting 'e')", 4),
                Arguments.of("-x", "invalid character 'x' in numeric literal", 2),
                Arguments.of("01", "invalid character '1' after top-level value", 2),
                Arguments.of("1.e5", "invalid character 'e' after decimal point in numeric literal", 3),
                Arguments.of("1e+", "invalid character ' ' in exponent of numeric literal", 3),
                Arguments.of("1ex", "invalid character 'x' in exponent of numeric literal", 3),
                Arguments.of("\"a\\qb\"", "invalid character 'q' in string escape code", 4),
                Arguments.of("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape", 6),
                Arguments.of("\"ab", "unexpected end of JSON input", 3),
                Arguments.of("{} x", "invalid character 'x' after top-level value", 4),
                Arguments.of("'a'", "invalid character '\\'' looking for beginning of value", 1));
    }

    @ParameterizedTest
    @MethodSource("syntaxErrors")
    void syntaxErrorsAsGoReportsThem(String input, String message, int offset) {
        JsonParser.Result r = parse(input);
        assertThat(r.value()).isNull();
        assertThat(r.error().message()).isEqualTo(message);
        assertThat(r.error().goOffset()).isEqualTo(offset);
    }

    @Test
    void controlAndNonAsciiCharactersAreQuotedAsGoQuotesThem() {
        assertThat(parse("\"a\nb\"").error().message()).isEqualTo("invalid character '\\n' in string literal");
        assertThat(parse("\u0001").error().message())
                .isEqualTo("invalid character '\\x01' looking for beginning of value");
        // Go quotes the first byte of a UTF-8 sequence as a Latin-1 character
        assertThat(parse("é").error().message()).isEqualTo("invalid character 'Ã' looking for beginning of value");
    }

    @Test
    void valuesAreGoValues() {
        JsonParser.Result r = parse("{\"s\":\"a\\u00e9\\ud83d\\ude00\\n\", \"n\":[1, -2.5e3, 0], \"b\":true, \"z\":null,"
                + " \"o\":{}}");
        assertThat(r.error()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) r.value().toPlain();
        assertThat(m).containsEntry("s", "aé😀\n").containsEntry("n", List.of(1.0, -2500.0, 0.0))
                .containsEntry("b", true).containsEntry("z", null).containsEntry("o", Map.of());
        assertThat(m.keySet()).containsExactly("s", "n", "b", "z", "o");
    }

    @Test
    void invalidUtf8IsRepaired() {
        byte[] bytes = {'"', 'a', (byte) 0xff, 'b', '"'};
        assertThat(JsonParser.parse("t.json", bytes).value().toPlain()).isEqualTo("a\ufffdb");
    }

    @Test
    void rangesCountLinesAndCharacters() {
        JsonValue.JsonObject o = (JsonValue.JsonObject) parse("{\n  \"é\": [1,\n  true]\n}").value();
        JsonValue.Member m = o.members().get(0);
        assertThat(m.keyRange().start().line()).isEqualTo(2);
        assertThat(m.keyRange().start().column()).isEqualTo(3);
        assertThat(m.keyRange().end().column()).isEqualTo(6);
        JsonValue.JsonArray a = (JsonValue.JsonArray) m.value();
        assertThat(a.items().get(1).range().start()).extracting(p -> p.line() + ":" + p.column()).isEqualTo("3:3");
        assertThat(o.range().end().line()).isEqualTo(4);
    }

    @Test
    void deepNestingIsLimitedAsInGo() {
        char[] open = new char[10001];
        Arrays.fill(open, '[');
        JsonParser.Result r = parse(new String(open));
        assertThat(r.error().message()).isEqualTo("invalid character '[' exceeded max depth");
        char[] ok = new char[20000];
        Arrays.fill(ok, 0, 10000, '[');
        Arrays.fill(ok, 10000, 20000, ']');
        assertThat(parse(new String(ok)).error()).isNull();
    }

    @Test
    void duplicateKeysAreKeptForTheTemplateParser() {
        JsonValue.JsonObject o = (JsonValue.JsonObject) parse("{\"a\":1,\"a\":2}").value();
        assertThat(o.members()).hasSize(2);
        assertThat(o.member("a").value().toPlain()).isEqualTo(2.0);
    }
}
