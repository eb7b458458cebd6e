package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index and attribute operators (hcl.Index, hcl.GetAttr). */
class IndexingTest {

    private static final String NOT_IDENTIFIED = "The given key does not identify an element in this collection value";

    private static final Value LIST = Value.list(Type.STRING, List.of(Value.string("a"), Value.string("b")));
    private static final Value TUPLE = Value.tuple(List.of(Value.string("a"), Value.number(1)));
    private static final Value MAP = Value.map(Type.NUMBER, Map.of("k", Value.number(1)));
    private static final Value OBJECT = Value.object(Map.of("a", Value.number(1), "0", Value.TRUE));

    private static Value n(long v) {
        return Value.number(v);
    }

    private static Value s(String v) {
        return Value.string(v);
    }

    private static void assertIndexError(Value c, Value k, String summary, String detail) {
        assertThatThrownBy(() -> Operations.index(c, k)).isInstanceOfSatisfying(OperationException.class, e -> {
            assertThat(e.summary()).isEqualTo(summary);
            assertThat(e.detail()).isEqualTo(detail);
        });
    }

    @Test
    void indexesSequencesMapsAndObjects() throws Exception {
        assertThat(Operations.index(LIST, n(1))).isEqualTo(s("b"));
        assertThat(Operations.index(LIST, s("0"))).isEqualTo(s("a"));
        assertThat(Operations.index(TUPLE, n(1))).isEqualTo(n(1));
        assertThat(Operations.index(MAP, s("k"))).isEqualTo(n(1));
        assertThat(Operations.index(OBJECT, s("a"))).isEqualTo(n(1));
        assertThat(Operations.index(OBJECT, n(0))).isEqualTo(Value.TRUE);
    }

    @Test
    void indexErrors() {
        assertIndexError(LIST, n(2), "Invalid index",
                NOT_IDENTIFIED + ": the given index is greater than or equal to the length of the collection.");
        assertIndexError(Value.EMPTY_TUPLE, n(0), "Invalid index", NOT_IDENTIFIED + ": the collection has no elements.");
        assertIndexError(LIST, n(-1), "Invalid index",
                NOT_IDENTIFIED + ": a negative number is not a valid index for a sequence.");
        assertIndexError(LIST, Value.number(new BigDecimal("0.5")), "Invalid index", NOT_IDENTIFIED
                + ": indexing a sequence requires a whole number, but the given index has a fractional part.");
        assertIndexError(LIST, s("x"), "Invalid index", NOT_IDENTIFIED + ": a number is required.");
        assertIndexError(MAP, s("nope"), "Invalid index", NOT_IDENTIFIED + ".");
        assertIndexError(OBJECT, s("b"), "Invalid index", NOT_IDENTIFIED + ".");
        assertIndexError(OBJECT, n(5), "Invalid index", NOT_IDENTIFIED
                + ". An object only supports looking up attributes by name, not by numeric index.");
        assertIndexError(Value.NULL, n(0), "Attempt to index null value",
                "This value is null, so it does not have any indices.");
        assertIndexError(LIST, Value.NULL, "Invalid index", "Can't use a null value as an indexing key.");
        assertIndexError(s("abc"), n(0), "Invalid index", "This value does not have any indices.");
        assertIndexError(Value.set(Type.STRING, List.of(s("a"))), n(0), "Invalid index",
                "Elements of a set are identified only by their value and don't have any separate index or key to "
                        + "select with, so it's only possible to perform operations across all elements of the set.");
        assertIndexError(LIST.mark(Mark.SENSITIVE), n(5), "Invalid index", NOT_IDENTIFIED + ".");
    }

    @Test
    void unknownsAndMarks() throws Exception {
        assertThat(Operations.index(Value.unknown(Type.list(Type.STRING)), n(0))).isEqualTo(Value.unknown(Type.STRING));
        assertThat(Operations.index(LIST, Value.unknown(Type.NUMBER))).isEqualTo(Value.unknown(Type.STRING));
        assertThat(Operations.index(TUPLE, Value.unknown(Type.NUMBER))).isEqualTo(Value.DYNAMIC);
        assertThat(Operations.index(Value.DYNAMIC, n(0))).isEqualTo(Value.DYNAMIC);
        assertThat(Operations.index(LIST, Value.DYNAMIC)).isEqualTo(Value.DYNAMIC);
        assertThat(Operations.index(LIST.mark(Mark.SENSITIVE), n(0))).isEqualTo(s("a").mark(Mark.SENSITIVE));
        assertThat(Operations.index(LIST, n(0).mark(Mark.SENSITIVE))).isEqualTo(s("a").mark(Mark.SENSITIVE));
        Value unknownObject = Value.unknown(Type.object(Map.of("a", Type.NUMBER)));
        assertThat(Operations.index(unknownObject, s("a"))).isEqualTo(Value.unknown(Type.NUMBER));
    }

    @Test
    void getAttr() throws Exception {
        assertThat(Operations.getAttr(OBJECT, "a")).isEqualTo(n(1));
        assertThat(Operations.getAttr(MAP, "k")).isEqualTo(n(1));
        assertThat(Operations.getAttr(OBJECT.mark(Mark.SENSITIVE), "a")).isEqualTo(n(1).mark(Mark.SENSITIVE));
        assertThat(Operations.getAttr(Value.DYNAMIC, "x")).isEqualTo(Value.DYNAMIC);
        assertThat(Operations.getAttr(Value.unknown(Type.map(Type.STRING)), "x")).isEqualTo(Value.unknown(Type.STRING));
        assertThat(Operations.getAttr(Value.unknown(Type.object(Map.of("a", Type.BOOL))), "a"))
                .isEqualTo(Value.unknown(Type.BOOL));
    }

    @Test
    void getAttrErrors() {
        assertThatThrownBy(() -> Operations.getAttr(OBJECT, "b"))
                .hasMessage("This object does not have an attribute named \"b\".");
        assertThatThrownBy(() -> Operations.getAttr(MAP, "b"))
                .isInstanceOfSatisfying(OperationException.class, e -> {
                    assertThat(e.summary()).isEqualTo("Missing map element");
                    assertThat(e.detail()).isEqualTo("This map does not have an element with the key \"b\".");
                });
        assertThatThrownBy(() -> Operations.getAttr(Value.NULL, "a"))
                .hasMessage("This value is null, so it does not have any attributes.");
        assertThatThrownBy(() -> Operations.getAttr(s("a"), "b"))
                .hasMessage("Can't access attributes on a primitive-typed value (string).");
        assertThatThrownBy(() -> Operations.getAttr(TUPLE, "b")).hasMessage("This value does not have any attributes.");
        Value listOfObjects = Value.list(Type.object(Map.of("a", Type.NUMBER)), List.of());
        assertThatThrownBy(() -> Operations.getAttr(listOfObjects, "a")).hasMessage("Can't access attributes on a "
                + "list of objects. Did you mean to access attribute \"a\" for a specific element of the list, or "
                + "across all elements of the list?");
        assertThatThrownBy(() -> Operations.getAttr(listOfObjects, "z")).hasMessage("Can't access attributes on a "
                + "list of objects. Did you mean to access an attribute for a specific element of the list, or "
                + "across all elements of the list?");
        Value setOfObjects = Value.set(Type.object(Map.of("a", Type.NUMBER)), List.of());
        assertThatThrownBy(() -> Operations.getAttr(setOfObjects, "a")).hasMessage("Can't access attributes on a set "
                + "of objects. Did you mean to access an attribute across all elements of the set?");
    }
}
