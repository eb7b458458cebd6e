package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Construction helpers, deep marks, canonical set order and Go quoting. */
class ValuesAndMarksTest {

    private static Value s(String v) {
        return Value.string(v);
    }

    private static Value n(long v) {
        return Value.number(v);
    }

    @Test
    void listOfUnifiesElementTypes() {
        assertThat(Values.listOf(List.of(n(1), s("a")))).isEqualTo(Value.list(Type.STRING, List.of(s("1"), s("a"))));
        assertThat(Values.listOf(List.of())).isEqualTo(Value.list(Type.DYNAMIC, List.of()));
        assertThat(Values.setOf(List.of(n(2), n(1), n(2)))).isEqualTo(Value.set(Type.NUMBER, List.of(n(1), n(2))));
        assertThat(Values.mapOf(Map.of("a", Value.TRUE, "b", s("x"))))
                .isEqualTo(Value.map(Type.STRING, Map.of("a", s("true"), "b", s("x"))));
        assertThat(Values.listOf(List.of(Value.DYNAMIC, s("a"))).type()).isEqualTo(Type.list(Type.STRING));
        assertThatThrownBy(() -> Values.listOf(List.of(n(1), Value.EMPTY_TUPLE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromJava() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", List.of(1, "a", true));
        m.put("nothing", null);
        m.put("dec", new BigDecimal("1.50"));
        m.put("dbl", 0.25);
        Value v = Values.fromJava(m);
        assertThat(v).isEqualTo(Value.object(Map.of(
                "list", Value.tuple(List.of(n(1), s("a"), Value.TRUE)),
                "nothing", Value.NULL,
                "dec", Value.number(new BigDecimal("1.5")),
                "dbl", Value.number(new BigDecimal("0.25")))));
        assertThatThrownBy(() -> Values.fromJava(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deepMarks() {
        Value inner = s("pw").mark(Mark.SENSITIVE);
        Value v = Value.object(Map.of("a", Value.tuple(List.of(inner, s("x")))));
        assertThat(v.isMarked()).isFalse();
        assertThat(Marks.collectDeep(v)).containsExactly(Mark.SENSITIVE);
        Value clean = Marks.unmarkDeep(v);
        assertThat(clean.containsMarked()).isFalse();
        assertThat(clean).isEqualTo(Value.object(Map.of("a", Value.tuple(List.of(s("pw"), s("x"))))));
        Value hoisted = Marks.hoist(v);
        assertThat(hoisted.isSensitive()).isTrue();
        assertThat(Marks.unmarkDeep(hoisted)).isEqualTo(clean);
        assertThat(Marks.collectDeep(s("plain"))).isEmpty();
        assertThat(Marks.union(inner, s("x"))).containsExactly(Mark.SENSITIVE);
    }

    @Test
    void setOrder() {
        Value set = Value.set(Type.STRING, List.of(Value.unknown(Type.STRING), s("b"), s("a"), s("B"),
                s("\uD83D\uDE00"), s("\uFFFD")));
        assertThat(set.elements()).containsExactly(s("B"), s("a"), s("b"), s("\uFFFD"), s("\uD83D\uDE00"),
                Value.unknown(Type.STRING));
        Value numbers = Value.set(Type.NUMBER, List.of(n(10), n(-1), n(2), n(10)));
        assertThat(numbers.elements()).containsExactly(n(-1), n(2), n(10));
        assertThat(Value.set(Type.BOOL, List.of(Value.TRUE, Value.FALSE)).elements())
                .containsExactly(Value.FALSE, Value.TRUE);
        Value lists = Value.set(Type.list(Type.NUMBER), List.of(
                Value.list(Type.NUMBER, List.of(n(2))), Value.list(Type.NUMBER, List.of(n(1)))));
        Value again = Value.set(Type.list(Type.NUMBER), List.of(
                Value.list(Type.NUMBER, List.of(n(1))), Value.list(Type.NUMBER, List.of(n(2)))));
        assertThat(lists.elements()).isEqualTo(again.elements());
    }

    @Test
    void goQuoting() {
        assertThat(Quote.go("a\"b\\c\n\t")).isEqualTo("\"a\\\"b\\\\c\\n\\t\"");
        assertThat(Quote.go("\u0001\u007f")).isEqualTo("\"\\x01\\x7f\"");
        assertThat(Quote.go("é\u00a0")).isEqualTo("\"é\\u00a0\"");
    }
}
