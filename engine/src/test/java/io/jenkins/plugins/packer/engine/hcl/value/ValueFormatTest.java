package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * packer console output. The expected texts were captured from packer 1.6.6 ({@code echo EXPR | packer console
 * template.pkr.hcl}); {@link PackerConsoleComparisonTest} checks the same against a live packer when present.
 */
class ValueFormatTest {

    private static Value n(String v) {
        return Value.number(new BigDecimal(v));
    }

    private static Value s(String v) {
        return Value.string(v);
    }

    private static String console(Value v) {
        return ValueFormat.console(v);
    }

    @Test
    void primitives() {
        assertThat(console(s("abc"))).isEqualTo("abc");
        assertThat(console(s("a\nb"))).isEqualTo("a\nb");
        assertThat(console(Value.TRUE)).isEqualTo("true");
        assertThat(console(Value.NULL)).isEqualTo("null");
        assertThat(console(Value.nullOf(Type.STRING))).isEqualTo("null");
    }

    @Test
    void numbers() {
        assertThat(console(n("2.5"))).isEqualTo("2.5");
        assertThat(console(n("3.0"))).isEqualTo("3");
        assertThat(console(n("-0"))).isEqualTo("0");
        assertThat(console(n("2e30"))).isEqualTo("2e+30");
        assertThat(console(n("1e-7"))).isEqualTo("1e-07");
        assertThat(console(n("0.000001"))).isEqualTo("1e-06");
        assertThat(console(n("0.1"))).isEqualTo("0.1");
        assertThat(console(n("1.5e300"))).isEqualTo("1.5e+300");
        assertThat(console(n("-2.5"))).isEqualTo("-2.5");
        assertThat(console(n("123456.789"))).isEqualTo("123456.789");
        assertThat(console(n("1e15"))).isEqualTo("1000000000000000");
        assertThat(console(n("1e21"))).isEqualTo("1e+21");
        assertThat(console(n("100000000000000000000"))).isEqualTo("1e+20");
        assertThat(console(n("9223372036854775807"))).isEqualTo("9223372036854775807");
        assertThat(console(n("9223372036854775808"))).isEqualTo("9.223372036854776e+18");
        assertThat(console(n("12345678901234567890"))).isEqualTo("1.2345678901234567e+19");
        assertThat(console(n("1e1000"))).isEqualTo("+Inf");
        assertThat(console(Value.number(Numbers.divide(BigDecimal.ONE, new BigDecimal(3)))))
                .isEqualTo("0.3333333333333333");
    }

    @Test
    void lists() {
        Value v = Value.tuple(List.of(Value.number(1), s("a"), Value.TRUE));
        assertThat(console(v)).isEqualTo("[\n  1,\n  \"a\",\n  true,\n]");
        assertThat(console(Value.EMPTY_TUPLE)).isEqualTo("[]");
        assertThat(console(Value.tuple(List.of(Value.NULL)))).isEqualTo("[\n  null,\n]");
        // `jsondecode("{\"a\": 1, \"b\": null}")` in packer 1.6.6 console: the null attribute is not shown
        assertThat(console(Value.object(java.util.Map.of("a", Value.number(1), "b", Value.NULL))))
                .isEqualTo("{\n  \"a\" = 1\n}");
        assertThat(console(Value.object(java.util.Map.of("b", Value.NULL)))).isEqualTo("{}");
        assertThat(console(Value.tuple(List.of(s("a\nb"))))).isEqualTo("[\n  \"a\\nb\",\n]");
        assertThat(console(Value.set(Type.NUMBER, List.of(Value.number(3), Value.number(1), Value.number(2)))))
                .isEqualTo("[\n  1,\n  2,\n  3,\n]");
    }

    @Test
    void mapsAndNesting() {
        Map<String, Value> attrs = new LinkedHashMap<>();
        attrs.put("b", s("x"));
        attrs.put("a", Value.number(1));
        assertThat(console(Value.object(attrs))).isEqualTo("{\n  \"a\" = 1\n  \"b\" = \"x\"\n}");
        assertThat(console(Value.EMPTY_OBJECT)).isEqualTo("{}");
        Value nested = Value.tuple(List.of(Value.tuple(List.of(Value.number(1), Value.number(2))),
                Value.object(Map.of("a", Value.EMPTY_TUPLE))));
        assertThat(console(nested)).isEqualTo("[\n  [\n    1,\n    2,\n  ],\n  {\n    \"a\" = []\n  },\n]");
        assertThat(console(Value.object(Map.of("a b", Value.number(1), "c\"d", Value.number(2)))))
                .isEqualTo("{\n  \"a b\" = 1\n  \"c\\\"d\" = 2\n}");
        assertThat(console(Value.object(Map.of("o", Value.object(Map.of("b", Value.tuple(List.of(s("x")))))))))
                .isEqualTo("{\n  \"o\" = {\n    \"b\" = [\n      \"x\",\n    ]\n  }\n}");
    }

    @Test
    void sensitiveAndUnknown() {
        assertThat(console(s("secret").mark(Mark.SENSITIVE))).isEqualTo("<sensitive>");
        assertThat(console(Value.tuple(List.of(s("secret").mark(Mark.SENSITIVE)))))
                .isEqualTo("[\n  \"<sensitive>\",\n]");
        assertThat(console(Value.tuple(List.of(Value.number(1))).mark(Mark.SENSITIVE)))
                .isEqualTo("<sensitive>");
        assertThat(console(Value.unknown(Type.STRING))).isEqualTo(ValueFormat.UNKNOWN_PLACEHOLDER);
        assertThat(console(Value.tuple(List.of(Value.DYNAMIC))))
                .isEqualTo("[\n  \"" + ValueFormat.UNKNOWN_PLACEHOLDER + "\",\n]");
    }

    @Test
    void typeStrings() {
        assertThat(ValueFormat.typeString(Type.STRING)).isEqualTo("string");
        assertThat(ValueFormat.typeString(Type.DYNAMIC)).isEqualTo("any");
        assertThat(ValueFormat.typeString(Type.list(Type.map(Type.NUMBER)))).isEqualTo("list(map(number))");
        assertThat(ValueFormat.typeString(Type.set(Type.BOOL))).isEqualTo("set(bool)");
        assertThat(ValueFormat.typeString(Type.tuple(List.of(Type.STRING, Type.NUMBER))))
                .isEqualTo("tuple([string,number])");
        assertThat(ValueFormat.typeString(Type.object(Map.of("b", Type.STRING, "a", Type.list(Type.DYNAMIC)))))
                .isEqualTo("object({a=list(any),b=string})");
        assertThat(ValueFormat.typeString(new Type.ObjectType(Map.of("a", Type.NUMBER), Set.of("a"))))
                .isEqualTo("object({a=optional(number)})");
        assertThat(ValueFormat.typeString(Type.object(Map.of("not valid", Type.STRING))))
                .isEqualTo("object({\"not valid\"=string})");
    }
}
