package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fail;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.map;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.nul;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.numbers;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.object;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.strings;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.tuple;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Predicates, searching and simple list functions; HCL's [..] literals are tuples, {..} objects. */
class CollectionFunctionsTest {

    private static Value t(String... ss) {
        return Value.tuple(java.util.Arrays.stream(ss).map(Value::string).toList());
    }

    @Test
    void alltrueAndAnytrue() {
        assertThat(call("alltrue", tuple(str("true"), Value.TRUE))).isEqualTo(Value.TRUE);
        assertThat(call("alltrue", tuple(Value.TRUE, Value.FALSE))).isEqualTo(Value.FALSE);
        assertThat(call("alltrue", Value.EMPTY_TUPLE)).isEqualTo(Value.TRUE);
        assertThat(call("alltrue", tuple(Value.TRUE, nul(Type.BOOL)))).isEqualTo(Value.FALSE);
        assertThat(call("alltrue", tuple(Value.TRUE, unknown(Type.BOOL)))).isEqualTo(unknown(Type.BOOL));
        // like Packer, decided element by element: a false before an unknown decides, after it not
        assertThat(call("alltrue", tuple(Value.FALSE, unknown(Type.BOOL)))).isEqualTo(Value.FALSE);
        assertThat(call("alltrue", tuple(unknown(Type.BOOL), Value.FALSE))).isEqualTo(unknown(Type.BOOL));
        assertThat(call("anytrue", tuple(str("true")))).isEqualTo(Value.TRUE);
        assertThat(call("anytrue", tuple(Value.TRUE, Value.FALSE))).isEqualTo(Value.TRUE);
        assertThat(call("anytrue", Value.EMPTY_TUPLE)).isEqualTo(Value.FALSE);
        assertThat(call("anytrue", tuple(unknown(Type.BOOL), Value.TRUE))).isEqualTo(Value.TRUE);
        assertThat(call("anytrue", tuple(unknown(Type.BOOL), Value.FALSE))).isEqualTo(unknown(Type.BOOL));
        assertThat(call("anytrue", tuple(secret(Value.TRUE)))).isEqualTo(secret(Value.TRUE));
        assertThat(fail("alltrue", tuple(str("x")))).hasMessage("a bool is required");
    }

    @Test
    void compact() {
        assertThat(call("compact", t("a", "", "b", "c"))).isEqualTo(strings("a", "b", "c"));
        assertThat(call("compact", tuple(str("a"), nul(Type.STRING)))).isEqualTo(strings("a"));
        assertThat(call("compact", Value.EMPTY_TUPLE)).isEqualTo(strings());
        assertThat(call("compact", tuple(str("a"), unknown(Type.STRING)))).isEqualTo(unknown(Type.list(Type.STRING)));
    }

    @Test
    void contains() {
        assertThat(call("contains", t("a", "b", "c"), str("a"))).isEqualTo(Value.TRUE);
        assertThat(call("contains", t("a", "b", "c"), str("d"))).isEqualTo(Value.FALSE);
        assertThat(call("contains", t("1"), num(1))).isEqualTo(Value.FALSE);
        assertThat(call("contains", Value.EMPTY_TUPLE, str("a"))).isEqualTo(Value.FALSE);
        assertThat(call("contains", tuple(str("a"), unknown(Type.STRING)), str("b"))).isEqualTo(unknown(Type.BOOL));
        assertThat(call("contains", tuple(str("a"), unknown(Type.STRING)), str("a"))).isEqualTo(Value.TRUE);
        assertThat(call("contains", t("a"), unknown(Type.STRING))).isEqualTo(unknown(Type.BOOL));
        assertThat(fail("contains", str("abc"), str("a"))).hasMessage("argument must be list, tuple, or set");
        assertThat(call("contains", t("s"), secret("s"))).isEqualTo(secret(Value.TRUE));
    }

    @Test
    void distinct() {
        assertThat(call("distinct", t("a", "b", "a", "c", "d", "b"))).isEqualTo(strings("a", "b", "c", "d"));
        assertThat(call("distinct", tuple(num(1), str("1")))).isEqualTo(strings("1"));
        assertThat(call("distinct", Value.EMPTY_TUPLE)).isEqualTo(Value.list(Type.DYNAMIC, List.of()));
        assertThat(call("distinct", tuple(str("a"), unknown(Type.STRING)))).isEqualTo(unknown(Type.list(Type.STRING)));
    }

    @Test
    void index() {
        assertThat(call("index", t("a", "b", "c"), str("b"))).isEqualTo(num(1));
        assertThat(fail("index", t("a", "b"), str("c"))).hasMessage("item not found");
        assertThat(fail("index", Value.EMPTY_TUPLE, str("c"))).hasMessage("cannot search an empty list");
        assertThat(fail("index", map("a", str("x")), str("x"))).hasMessage("argument must be a list or tuple");
        assertThat(call("index", tuple(unknown(Type.STRING), str("b")), str("b"))).isEqualTo(unknown(Type.NUMBER));
    }

    @Test
    void lengthOfStringsCollectionsAndStructures() {
        assertThat(call("length", Value.EMPTY_TUPLE)).isEqualTo(num(0));
        assertThat(call("length", t("a", "b"))).isEqualTo(num(2));
        assertThat(call("length", object("a", str("b")))).isEqualTo(num(1));
        assertThat(call("length", str("hello"))).isEqualTo(num(5));
        assertThat(call("length", str("👾🕹️"))).isEqualTo(num(2));
        assertThat(call("length", map("a", num(1), "b", num(2)))).isEqualTo(num(2));
        assertThat(call("length", unknown(Type.tuple(List.of(Type.STRING, Type.STRING))))).isEqualTo(num(2));
        assertThat(call("length", unknown(Type.list(Type.STRING)))).isEqualTo(unknown(Type.NUMBER));
        assertThat(call("length", Value.DYNAMIC)).isEqualTo(unknown(Type.NUMBER));
        assertThat(call("length", secret(t("a")))).isEqualTo(secret(num(1)));
        assertThat(fail("length", num(5)))
                .hasMessage("argument must be a string, a collection type, or a structural type");
        assertThat(fail("length", Value.NULL)).hasMessage("argument must not be null");
    }

    @Test
    void sortIsLexicalByCodePoint() {
        assertThat(call("sort", t("e", "d", "a", "x"))).isEqualTo(strings("a", "d", "e", "x"));
        assertThat(call("sort", tuple(num(3), num(1), num(20)))).isEqualTo(strings("1", "20", "3"));
        assertThat(call("sort", t("\uFFFD", "🤔"))).isEqualTo(strings("\uFFFD", "🤔"));
        FunctionException e = fail("sort", tuple(str("a"), nul(Type.STRING)));
        assertThat(e).hasMessage("given list element 1 is null; a null string cannot be sorted");
        assertThat(call("sort", tuple(unknown(Type.STRING)))).isEqualTo(unknown(Type.list(Type.STRING)));
    }

    @Test
    void one() {
        assertThat(call("one", Value.EMPTY_TUPLE)).isEqualTo(Value.NULL);
        assertThat(call("one", t("hello"))).isEqualTo(str("hello"));
        assertThat(call("one", strings())).isEqualTo(nul(Type.STRING));
        assertThat(call("one", Value.set(Type.STRING, List.of(str("x"))))).isEqualTo(str("x"));
        FunctionException e = fail("one", t("hello", "goodbye"));
        assertThat(e).hasMessage("must be a list, set, or tuple value with either zero or one elements");
        assertThat(e.argumentIndex()).isZero();
        assertThat(fail("one", strings("a", "b")).argumentIndex()).isZero();
        assertThat(call("one", unknown(Type.list(Type.NUMBER)))).isEqualTo(unknown(Type.NUMBER));
    }

    @Test
    void transpose() {
        Value in = object("a", t("1", "2"), "b", t("2", "3"));
        assertThat(call("transpose", in)).isEqualTo(Value.map(Type.list(Type.STRING), java.util.Map.of(
                "1", strings("a"), "2", strings("a", "b"), "3", strings("b"))));
        assertThat(call("transpose", Value.EMPTY_OBJECT)).isEqualTo(Value.map(Type.list(Type.STRING), java.util.Map.of()));
        assertThat(fail("transpose", object("a", tuple(nul(Type.STRING))))).hasMessage("input must be map of lists of strings");
    }

    @Test
    void coalesce() {
        assertThat(call("coalesce", str("a"), str("b"))).isEqualTo(str("a"));
        assertThat(call("coalesce", str(""), str("b"))).isEqualTo(str("b"));
        assertThat(call("coalesce", num(1), num(2))).isEqualTo(num(1));
        assertThat(call("coalesce", num(1), str("x"))).isEqualTo(str("1"));
        assertThat(call("coalesce", Value.NULL, str(""), str("b"))).isEqualTo(str("b"));
        assertThat(call("coalesce", unknown(Type.STRING), str("b"))).isEqualTo(unknown(Type.STRING));
        assertThat(call("coalesce", secret(""), str("b"))).isEqualTo(secret("b"));
        assertThat(fail("coalesce")).hasMessage("all arguments must have the same type");
        assertThat(fail("coalesce", t("a"), str("x"))).hasMessage("all arguments must have the same type");
        assertThat(fail("coalesce", str(""), Value.NULL)).hasMessage("no non-null, non-empty-string arguments");
    }

    @Test
    void coalescelist() {
        assertThat(call("coalescelist", t("a", "b"), t("c", "d"))).isEqualTo(t("a", "b"));
        assertThat(call("coalescelist", Value.EMPTY_TUPLE, t("c", "d"))).isEqualTo(t("c", "d"));
        assertThat(call("coalescelist", nul(Type.list(Type.STRING)), strings("x"))).isEqualTo(strings("x"));
        assertThat(call("coalescelist", unknown(Type.list(Type.STRING)), strings("x"))).isEqualTo(Value.DYNAMIC);
        assertThat(fail("coalescelist")).hasMessage("at least one argument is required");
        assertThat(fail("coalescelist", str("x"))).hasMessage("coalescelist arguments must be lists or tuples");
        assertThat(fail("coalescelist", Value.EMPTY_TUPLE)).hasMessage("no non-null arguments");
    }

    @Test
    void emptyAndMixedCasesCheckedWithPackerConsole() {
        assertThat(call("merge", object("a", num(1)), object("a", str("x")))).isEqualTo(object("a", str("x")));
        assertThat(call("flatten", tuple(Value.EMPTY_TUPLE, tuple(Value.EMPTY_TUPLE)))).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(call("distinct", tuple(tuple(num(1)), tuple(num(1)), tuple(num(2)))))
                .isEqualTo(Value.list(Type.tuple(List.of(Type.NUMBER)), List.of(tuple(num(1)), tuple(num(2)))));
        assertThat(call("coalescelist", t("a"), tuple(num(1)))).isEqualTo(t("a"));
        assertThat(call("keys", Value.EMPTY_OBJECT)).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(call("length", tuple(str("a"), t("b")))).isEqualTo(num(2));
        assertThat(call("concat", Value.EMPTY_TUPLE, Value.EMPTY_TUPLE)).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(call("setunion", Value.EMPTY_TUPLE, Value.EMPTY_TUPLE)).isEqualTo(Value.set(Type.DYNAMIC, List.of()));
        assertThat(call("zipmap", Value.EMPTY_TUPLE, Value.EMPTY_TUPLE)).isEqualTo(Value.EMPTY_OBJECT);
        assertThat(call("values", Value.EMPTY_OBJECT)).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(call("sort", Value.EMPTY_TUPLE)).isEqualTo(strings());
        assertThat(call("reverse", Value.EMPTY_TUPLE)).isEqualTo(Value.EMPTY_TUPLE);
    }
}
