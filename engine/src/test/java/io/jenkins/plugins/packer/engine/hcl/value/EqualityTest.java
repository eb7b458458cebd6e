package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HCL's == and != (cty Value.Equals). */
class EqualityTest {

    private static final Value UNKNOWN_BOOL = Value.unknown(Type.BOOL);

    private static Value n(long v) {
        return Value.number(v);
    }

    private static Value s(String v) {
        return Value.string(v);
    }

    private static Value eq(Value a, Value b) {
        return Operations.equal(a, b);
    }

    @Test
    void primitives() {
        assertThat(eq(n(1), n(1))).isEqualTo(Value.TRUE);
        assertThat(eq(n(1), s("1"))).isEqualTo(Value.FALSE);
        assertThat(eq(s("a"), s("a"))).isEqualTo(Value.TRUE);
        assertThat(eq(Value.TRUE, Value.FALSE)).isEqualTo(Value.FALSE);
        assertThat(Operations.notEqual(n(1), s("1"))).isEqualTo(Value.TRUE);
        assertThat(Operations.notEqual(n(1), n(1))).isEqualTo(Value.FALSE);
    }

    @Test
    void stringsAreComparedAfterNfcNormalisation() {
        assertThat(eq(s("e\u0301"), s("\u00e9"))).isEqualTo(Value.TRUE);
    }

    @Test
    void nulls() {
        assertThat(eq(Value.NULL, Value.NULL)).isEqualTo(Value.TRUE);
        assertThat(eq(Value.nullOf(Type.STRING), Value.NULL)).isEqualTo(Value.TRUE);
        assertThat(eq(Value.nullOf(Type.STRING), Value.nullOf(Type.NUMBER))).isEqualTo(Value.TRUE);
        assertThat(eq(Value.NULL, s(""))).isEqualTo(Value.FALSE);
        assertThat(Operations.notEqual(Value.NULL, n(0))).isEqualTo(Value.TRUE);
    }

    @Test
    void structures() {
        Value tuple = Value.tuple(List.of(n(1), n(2)));
        Value list = Value.list(Type.NUMBER, List.of(n(1), n(2)));
        assertThat(eq(tuple, Value.tuple(List.of(n(1), n(2))))).isEqualTo(Value.TRUE);
        assertThat(eq(tuple, list)).isEqualTo(Value.FALSE);
        assertThat(eq(list, Value.list(Type.NUMBER, List.of(n(1), n(2))))).isEqualTo(Value.TRUE);
        assertThat(eq(list, Value.list(Type.NUMBER, List.of(n(2), n(1))))).isEqualTo(Value.FALSE);
        assertThat(eq(Value.object(Map.of("a", n(1))), Value.object(Map.of("a", n(1))))).isEqualTo(Value.TRUE);
        assertThat(eq(Value.object(Map.of("a", n(1))), Value.object(Map.of("a", n(2))))).isEqualTo(Value.FALSE);
        assertThat(eq(Value.object(Map.of("a", n(1))), Value.map(Type.NUMBER, Map.of("a", n(1)))))
                .isEqualTo(Value.FALSE);
        assertThat(eq(Value.set(Type.STRING, List.of(s("b"), s("a"))), Value.set(Type.STRING, List.of(s("a"), s("b")))))
                .isEqualTo(Value.TRUE);
        assertThat(eq(Value.EMPTY_TUPLE, Value.EMPTY_TUPLE)).isEqualTo(Value.TRUE);
    }

    @Test
    void unknowns() {
        assertThat(eq(Value.unknown(Type.STRING), s("a"))).isEqualTo(UNKNOWN_BOOL);
        assertThat(eq(Value.unknown(Type.STRING), n(1))).isEqualTo(Value.FALSE);
        assertThat(eq(Value.DYNAMIC, n(1))).isEqualTo(UNKNOWN_BOOL);
        assertThat(eq(Value.DYNAMIC, Value.DYNAMIC)).isEqualTo(UNKNOWN_BOOL);
        assertThat(eq(Value.NULL, Value.unknown(Type.STRING))).isEqualTo(UNKNOWN_BOOL);
        Value withUnknown = Value.tuple(List.of(Value.unknown(Type.NUMBER), n(1)));
        assertThat(eq(withUnknown, Value.tuple(List.of(n(5), n(1))))).isEqualTo(UNKNOWN_BOOL);
        assertThat(eq(withUnknown, Value.tuple(List.of(n(5), n(2))))).isEqualTo(Value.FALSE);
        Value withDynamic = Value.tuple(List.of(Value.DYNAMIC));
        assertThat(eq(withDynamic, Value.tuple(List.of(s("x"))))).isEqualTo(UNKNOWN_BOOL);
        assertThat(eq(withDynamic, Value.tuple(List.of(s("x"), s("y"))))).isEqualTo(Value.FALSE);
        assertThat(Operations.notEqual(Value.DYNAMIC, n(1))).isEqualTo(UNKNOWN_BOOL);
    }

    @Test
    void marksReachTheResult() {
        assertThat(eq(s("a").mark(Mark.SENSITIVE), s("a"))).isEqualTo(Value.TRUE.mark(Mark.SENSITIVE));
        Value nested = Value.tuple(List.of(s("a").mark(Mark.SENSITIVE)));
        assertThat(eq(nested, Value.tuple(List.of(s("a"))))).isEqualTo(Value.TRUE.mark(Mark.SENSITIVE));
        assertThat(Operations.notEqual(s("a").mark(Mark.SENSITIVE), s("b")))
                .isEqualTo(Value.TRUE.mark(Mark.SENSITIVE));
    }
}
