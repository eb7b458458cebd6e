package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conversion rules and messages of go-cty's convert package (messages checked against packer 1.6.6). */
class ConvertTest {

    private static Value s(String v) {
        return Value.string(v);
    }

    private static Value n(long v) {
        return Value.number(v);
    }

    private static Value tuple(Value... vs) {
        return Value.tuple(List.of(vs));
    }

    private static Value convert(Value v, Type t) throws ConversionException {
        return Convert.convert(v, t);
    }

    private static String error(Value v, Type t) {
        try {
            Value r = Convert.convert(v, t);
            throw new AssertionError("expected a conversion error, got " + r);
        } catch (ConversionException e) {
            return e.getMessage();
        }
    }

    @Test
    void primitives() throws Exception {
        assertThat(convert(n(5), Type.STRING)).isEqualTo(s("5"));
        assertThat(convert(Value.number(new BigDecimal("1.50")), Type.STRING)).isEqualTo(s("1.5"));
        assertThat(convert(Value.number(new BigDecimal("1e30")), Type.STRING))
                .isEqualTo(s("1000000000000000000000000000000"));
        assertThat(convert(Value.TRUE, Type.STRING)).isEqualTo(s("true"));
        assertThat(convert(s("12.5"), Type.NUMBER)).isEqualTo(Value.number(new BigDecimal("12.5")));
        assertThat(convert(s("-1e3"), Type.NUMBER)).isEqualTo(n(-1000));
        assertThat(convert(s("true"), Type.BOOL)).isEqualTo(Value.TRUE);
        assertThat(convert(s("false"), Type.BOOL)).isEqualTo(Value.FALSE);
    }

    @Test
    void primitiveErrors() {
        assertThat(error(s("a"), Type.NUMBER)).isEqualTo("a number is required");
        assertThat(error(s("0x10"), Type.NUMBER)).isEqualTo("a number is required");
        assertThat(error(s(" 1"), Type.NUMBER)).isEqualTo("a number is required");
        assertThat(error(s("yes"), Type.BOOL)).isEqualTo("a bool is required");
        assertThat(error(s("1"), Type.BOOL)).isEqualTo("a bool is required");
        assertThat(error(s("True"), Type.BOOL))
                .isEqualTo("a bool is required; to convert from string, use lowercase \"true\"");
        assertThat(error(s("FALSE"), Type.BOOL))
                .isEqualTo("a bool is required; to convert from string, use lowercase \"false\"");
        assertThat(error(n(1), Type.BOOL)).isEqualTo("bool required");
        assertThat(error(Value.TRUE, Type.NUMBER)).isEqualTo("number required");
        assertThat(error(tuple(), Type.STRING)).isEqualTo("string required");
        assertThat(error(s("a"), Type.set(Type.STRING))).isEqualTo("set of string required");
        assertThat(error(s("a"), Type.list(Type.DYNAMIC))).isEqualTo("list of any single type required");
    }

    @Test
    void toDynamicIsIdentity() throws Exception {
        Value v = tuple(n(1), s("a"));
        assertThat(convert(v, Type.DYNAMIC)).isSameAs(v);
        assertThat(convert(Value.NULL, Type.DYNAMIC)).isSameAs(Value.NULL);
    }

    @Test
    void nullAndUnknownTakeTheTargetType() throws Exception {
        assertThat(convert(Value.NULL, Type.STRING)).isEqualTo(Value.nullOf(Type.STRING));
        assertThat(convert(Value.nullOf(Type.NUMBER), Type.STRING)).isEqualTo(Value.nullOf(Type.STRING));
        assertThat(convert(Value.DYNAMIC, Type.list(Type.NUMBER))).isEqualTo(Value.unknown(Type.list(Type.NUMBER)));
        assertThat(convert(Value.unknown(Type.STRING), Type.NUMBER)).isEqualTo(Value.unknown(Type.NUMBER));
        // the dynamic part of the target is filled from the source type
        assertThat(convert(Value.nullOf(Type.list(Type.STRING)), Type.list(Type.DYNAMIC)))
                .isEqualTo(Value.nullOf(Type.list(Type.STRING)));
        assertThat(convert(Value.NULL, Type.list(Type.DYNAMIC))).isEqualTo(Value.nullOf(Type.list(Type.DYNAMIC)));
        // an unknown string still cannot become a list
        assertThat(error(Value.unknown(Type.STRING), Type.list(Type.STRING))).isEqualTo("list of string required");
    }

    @Test
    void tupleToList() throws Exception {
        assertThat(convert(tuple(s("a"), n(1)), Type.list(Type.STRING)))
                .isEqualTo(Value.list(Type.STRING, List.of(s("a"), s("1"))));
        assertThat(convert(tuple(), Type.list(Type.STRING))).isEqualTo(Value.list(Type.STRING, List.of()));
        assertThat(convert(tuple(), Type.list(Type.DYNAMIC))).isEqualTo(Value.list(Type.DYNAMIC, List.of()));
        assertThat(error(tuple(s("a"), Value.EMPTY_OBJECT), Type.list(Type.STRING)))
                .isEqualTo("element 1: string required");
        assertThat(error(tuple(s("1"), s("a")), Type.list(Type.NUMBER))).isEqualTo("a number is required");
    }

    @Test
    void dynamicErrorsCarryThePath() {
        try {
            convert(tuple(s("1"), s("a")), Type.list(Type.NUMBER));
            throw new AssertionError("no error");
        } catch (ConversionException e) {
            assertThat(e.path()).containsExactly(1);
            assertThat(e.messageWithPath()).isEqualTo("[1]: a number is required");
        }
        try {
            convert(Value.object(Map.of("a", Value.object(Map.of("b", s("x"))))),
                    Type.object(Map.of("a", Type.object(Map.of("b", Type.NUMBER)))));
            throw new AssertionError("no error");
        } catch (ConversionException e) {
            assertThat(e.pathString()).isEqualTo(".a.b");
        }
    }

    @Test
    void listOfAnyUnifiesElements() throws Exception {
        assertThat(convert(tuple(n(1), s("a")), Type.list(Type.DYNAMIC)))
                .isEqualTo(Value.list(Type.STRING, List.of(s("1"), s("a"))));
        assertThat(convert(tuple(n(1), n(2)), Type.list(Type.DYNAMIC)))
                .isEqualTo(Value.list(Type.NUMBER, List.of(n(1), n(2))));
        Value objects = tuple(Value.object(Map.of("a", n(1))), Value.object(Map.of("b", n(2))));
        Value converted = convert(objects, Type.list(Type.DYNAMIC));
        assertThat(converted.type()).isEqualTo(Type.list(Type.map(Type.NUMBER)));
        assertThat(error(tuple(n(1), Value.EMPTY_TUPLE), Type.list(Type.DYNAMIC)))
                .isEqualTo("all list elements must have the same type");
        assertThat(error(tuple(n(1), Value.EMPTY_TUPLE), Type.set(Type.DYNAMIC)))
                .isEqualTo("all set elements must have the same type");
    }

    @Test
    void mapOfAnyUnifiesElements() throws Exception {
        Value obj = Value.object(Map.of("a", n(1), "b", s("x")));
        assertThat(convert(obj, Type.map(Type.DYNAMIC)))
                .isEqualTo(Value.map(Type.STRING, Map.of("a", s("1"), "b", s("x"))));
        assertThat(error(Value.object(Map.of("a", n(1), "b", Value.EMPTY_TUPLE)), Type.map(Type.DYNAMIC)))
                .isEqualTo("all map elements must have the same type");
        assertThat(error(Value.object(Map.of("a", Value.EMPTY_TUPLE)), Type.map(Type.STRING)))
                .isEqualTo("element \"a\": string required");
        assertThat(convert(Value.EMPTY_OBJECT, Type.map(Type.STRING))).isEqualTo(Value.map(Type.STRING, Map.of()));
    }

    @Test
    void nestedAnyIsUnifiedAcrossElements() throws Exception {
        Value v = tuple(tuple(n(1)), tuple(s("a")));
        Value converted = convert(v, Type.list(Type.list(Type.DYNAMIC)));
        assertThat(converted.type()).isEqualTo(Type.list(Type.list(Type.STRING)));
        assertThat(converted.elements().get(0)).isEqualTo(Value.list(Type.STRING, List.of(s("1"))));
    }

    @Test
    void listsAndSets() throws Exception {
        Value list = Value.list(Type.STRING, List.of(s("b"), s("a"), s("b")));
        Value set = convert(list, Type.set(Type.STRING));
        assertThat(set.elements()).containsExactly(s("a"), s("b"));
        assertThat(convert(set, Type.list(Type.STRING)).elements()).containsExactly(s("a"), s("b"));
        assertThat(convert(Value.list(Type.NUMBER, List.of(n(1))), Type.list(Type.STRING)))
                .isEqualTo(Value.list(Type.STRING, List.of(s("1"))));
        assertThat(error(Value.list(Type.STRING, List.of(s("x"))), Type.map(Type.STRING)))
                .isEqualTo("map of string required");
        assertThat(error(Value.list(Type.list(Type.STRING), List.of()), Type.list(Type.BOOL)))
                .isEqualTo("incorrect list element type: bool required");
        assertThat(Convert.canConvertSafely(Type.list(Type.STRING), Type.set(Type.STRING))).isFalse();
        assertThat(Convert.canConvert(Type.list(Type.STRING), Type.set(Type.STRING))).isTrue();
        assertThat(Convert.canConvertSafely(Type.set(Type.STRING), Type.list(Type.STRING))).isTrue();
    }

    @Test
    void objects() throws Exception {
        Type want = Type.object(Map.of("a", Type.NUMBER));
        Value obj = Value.object(Map.of("a", s("1"), "extra", Value.TRUE));
        assertThat(convert(obj, want)).isEqualTo(Value.object(Map.of("a", n(1))));
        assertThat(error(Value.EMPTY_OBJECT, Type.object(Map.of("a", Type.NUMBER, "b", Type.STRING, "c", Type.BOOL))))
                .isEqualTo("attributes \"a\", \"b\", and \"c\" are required");
        assertThat(error(Value.EMPTY_OBJECT, Type.object(Map.of("a", Type.NUMBER, "b", Type.STRING))))
                .isEqualTo("attributes \"a\" and \"b\" are required");
        assertThat(error(Value.EMPTY_OBJECT, want)).isEqualTo("attribute \"a\" is required");
        assertThat(error(Value.object(Map.of("a", Value.EMPTY_TUPLE)), want))
                .isEqualTo("attribute \"a\": number required");
        assertThat(error(Value.object(Map.of("a", s("x"))), want)).isEqualTo("a number is required");
        assertThat(error(Value.list(Type.STRING, List.of()), want)).isEqualTo("object required");
    }

    @Test
    void optionalAttributesBecomeNull() throws Exception {
        Type want = new Type.ObjectType(Map.of("a", Type.NUMBER, "b", Type.list(Type.STRING)), Set.of("b"));
        Value converted = convert(Value.object(Map.of("a", n(1))), want);
        assertThat(converted.type()).isEqualTo(Type.object(Map.of("a", Type.NUMBER, "b", Type.list(Type.STRING))));
        assertThat(converted.attributes().get("b")).isEqualTo(Value.nullOf(Type.list(Type.STRING)));
        assertThat(convert(Value.NULL, want).type()).isEqualTo(converted.type());
    }

    @Test
    void mapsAndObjects() throws Exception {
        Value map = Value.map(Type.STRING, Map.of("a", s("1"), "z", s("ignored")));
        assertThat(convert(map, Type.object(Map.of("a", Type.NUMBER)))).isEqualTo(Value.object(Map.of("a", n(1))));
        assertThat(error(map, Type.object(Map.of("b", Type.NUMBER))))
                .isEqualTo("map has no element for required attribute \"b\"");
        assertThat(Convert.canConvertSafely(Type.map(Type.STRING), Type.object(Map.of()))).isFalse();
        assertThat(convert(Value.map(Type.NUMBER, Map.of("k", n(2))), Type.map(Type.STRING)))
                .isEqualTo(Value.map(Type.STRING, Map.of("k", s("2"))));
    }

    @Test
    void tuples() throws Exception {
        Type want = Type.tuple(List.of(Type.STRING, Type.NUMBER));
        assertThat(convert(tuple(n(1), s("2")), want)).isEqualTo(tuple(s("1"), n(2)));
        assertThat(error(tuple(n(1), n(2), n(3)), want)).isEqualTo("tuple required");
        assertThat(error(Value.list(Type.STRING, List.of()), want)).isEqualTo("tuple required");
    }

    @Test
    void marksArePreservedAtEveryDepth() throws Exception {
        Value secret = s("7").mark(Mark.SENSITIVE);
        Value converted = convert(tuple(secret, s("8")), Type.list(Type.NUMBER));
        assertThat(converted.elements().get(0)).isEqualTo(n(7).mark(Mark.SENSITIVE));
        assertThat(converted.elements().get(1).isMarked()).isFalse();
        assertThat(convert(s("1").mark(Mark.SENSITIVE), Type.NUMBER)).isEqualTo(n(1).mark(Mark.SENSITIVE));
        Value markedList = tuple(s("a")).mark(Mark.SENSITIVE);
        assertThat(convert(markedList, Type.list(Type.STRING)).isSensitive()).isTrue();
        assertThat(convert(Value.NULL.mark(Mark.SENSITIVE), Type.STRING).isSensitive()).isTrue();
    }

    @Test
    void setMarksMoveToTheSet() throws Exception {
        Value set = convert(tuple(s("a").mark(Mark.SENSITIVE), s("b")), Type.set(Type.STRING));
        assertThat(set.isSensitive()).isTrue();
        assertThat(set.elements()).containsExactly(s("a"), s("b"));
    }

    @Test
    void constraintNames() {
        assertThat(Convert.constraintName(Type.DYNAMIC)).isEqualTo("any type");
        assertThat(Convert.constraintName(Type.map(Type.DYNAMIC))).isEqualTo("map of any single type");
        assertThat(Convert.constraintName(Type.list(Type.set(Type.NUMBER)))).isEqualTo("list of set of number");
    }

    @Test
    void exceptionWithoutPath() {
        assertThatThrownBy(() -> Convert.convert(s("x"), Type.NUMBER))
                .isInstanceOf(ConversionException.class)
                .hasMessage("a number is required");
    }
}
