package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fail;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.numbers;
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

/** concat, range, chunklist, element, slice, flatten, reverse. */
class SequenceFunctionsTest {

    private static Value t(String... ss) {
        return Value.tuple(java.util.Arrays.stream(ss).map(Value::string).toList());
    }

    @Test
    void concat() {
        assertThat(call("concat", t("a", ""), t("b", "c"))).isEqualTo(t("a", "", "b", "c"));
        assertThat(call("concat", strings("a"), strings("b"))).isEqualTo(strings("a", "b"));
        assertThat(call("concat", strings("a"), numbers(1))).isEqualTo(strings("a", "1"));
        assertThat(call("concat", strings("a"), tuple(num(1)))).isEqualTo(tuple(str("a"), num(1)));
        assertThat(call("concat", secret(strings("a")), strings("b"))).isEqualTo(secret(strings("a", "b")));
        assertThat(call("concat", unknown(Type.list(Type.STRING)), strings("b")))
                .isEqualTo(unknown(Type.list(Type.STRING)));
        assertThat(call("concat", unknown(Type.list(Type.STRING)), t("b"))).isEqualTo(Value.DYNAMIC);
        FunctionException e = fail("concat", t("a"), str("x"));
        assertThat(e).hasMessage("all arguments must be lists or tuples; got string");
        assertThat(e.argumentIndex()).isEqualTo(1);
        assertThat(fail("concat")).hasMessage("at least one argument is required");
    }

    @Test
    void range() {
        assertThat(call("range", num(3))).isEqualTo(numbers(0, 1, 2));
        assertThat(call("range", num(1), num(4))).isEqualTo(numbers(1, 2, 3));
        assertThat(call("range", num(1), num(8), num(2))).isEqualTo(numbers(1, 3, 5, 7));
        assertThat(call("range", num(1), num(4), num("0.5"))).isEqualTo(Value.list(Type.NUMBER,
                List.of(num(1), num("1.5"), num(2), num("2.5"), num(3), num("3.5"))));
        assertThat(call("range", num(4), num(1))).isEqualTo(numbers(4, 3, 2));
        assertThat(call("range", num(10), num(5), num(-2))).isEqualTo(numbers(10, 8, 6));
        assertThat(call("range", num(-3))).isEqualTo(numbers(0, -1, -2));
        assertThat(call("range", num(0))).isEqualTo(numbers());
        assertThat(call("range", num("0"), num("0.3"), num("0.1")))
                .isEqualTo(Value.list(Type.NUMBER, List.of(num(0), num("0.1"), num("0.2"))));
    }

    @Test
    void rangeErrors() {
        FunctionException e = fail("range", num(1), num("0.5"), num("0.1"));
        assertThat(e).hasMessage("end must be greater than start when step is positive");
        assertThat(e.argumentIndex()).isEqualTo(1);
        assertThat(fail("range", num(1), num(5), num(-1))).hasMessage("end must be less than start when step is negative");
        assertThat(fail("range", num(0), num(2000))).hasMessage(
                "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
        assertThat(fail("range", num(1), num(2), num(0))).hasMessageStartingWith("more than 1024 values");
        assertThat(call("range", num(1), num(1), num(0))).isEqualTo(numbers());
        assertThat(fail("range")).hasMessage("must have one, two, or three arguments");
        assertThat(fail("range", num(1), num(2), num(3), num(4))).hasMessage("must have one, two, or three arguments");
    }

    @Test
    void chunklist() {
        assertThat(call("chunklist", t("a", "b", "c", "d", "e"), num(2)))
                .isEqualTo(Value.list(Type.list(Type.STRING), List.of(strings("a", "b"), strings("c", "d"), strings("e"))));
        assertThat(call("chunklist", t("a", "b"), num(1)))
                .isEqualTo(Value.list(Type.list(Type.STRING), List.of(strings("a"), strings("b"))));
        assertThat(call("chunklist", t("a"), num(0))).isEqualTo(Value.list(Type.list(Type.STRING), List.of(strings("a"))));
        assertThat(call("chunklist", t("a"), num(5))).isEqualTo(Value.list(Type.list(Type.STRING), List.of(strings("a"))));
        assertThat(call("chunklist", strings(), num(2))).isEqualTo(Value.list(Type.list(Type.STRING), List.of()));
        assertThat(fail("chunklist", t("a"), num(-1))).hasMessage("the size argument must be positive");
        assertThat(fail("chunklist", t("a"), num("1.5")).getMessage()).startsWith("invalid size: value must be a whole");
        assertThat(call("chunklist", t("a", "b"), secret(num(1))).isSensitive()).isTrue();
    }

    @Test
    void element() {
        assertThat(call("element", t("a", "b", "c"), num(1))).isEqualTo(str("b"));
        assertThat(call("element", t("a", "b", "c"), num(3))).isEqualTo(str("a"));
        assertThat(call("element", strings("a", "b", "c"), num(5))).isEqualTo(str("c"));
        assertThat(call("element", secret(strings("a")), num(0))).isEqualTo(secret("a"));
        assertThat(call("element", t("a", "b"), unknown(Type.NUMBER))).isEqualTo(Value.DYNAMIC);
        assertThat(call("element", strings("a", "b"), unknown(Type.NUMBER))).isEqualTo(unknown(Type.STRING));
        assertThat(fail("element", t("a", "b"), num(-1))).hasMessage("cannot use element function with a negative index");
        assertThat(fail("element", strings("a"), num(-1))).hasMessage("cannot use element function with a negative index");
        assertThat(fail("element", Value.EMPTY_TUPLE, num(0))).hasMessage("cannot use element function with an empty list");
        assertThat(fail("element", strings(), num(0))).hasMessage("cannot use element function with an empty list");
        assertThat(fail("element", t("a", "b"), num("1.5"))).hasMessage(
                "invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807");
        assertThat(fail("element", Value.set(Type.STRING, List.of(str("a"))), num(0)))
                .hasMessage("cannot read elements from set of string");
    }

    @Test
    void slice() {
        assertThat(call("slice", t("a", "b", "c", "d"), num(1), num(3))).isEqualTo(t("b", "c"));
        assertThat(call("slice", strings("a", "b", "c", "d"), num(1), num(3))).isEqualTo(strings("b", "c"));
        assertThat(call("slice", strings("a"), num(1), num(1))).isEqualTo(strings());
        assertThat(call("slice", t("a", "b"), num(0), unknown(Type.NUMBER))).isEqualTo(Value.DYNAMIC);
        assertThat(call("slice", secret(strings("a", "b")), num(0), num(1))).isEqualTo(secret(strings("a")));
        FunctionException e = fail("slice", t("a", "b", "c"), num(2), num(1));
        assertThat(e).hasMessage("start index must not be greater than end index");
        assertThat(e.argumentIndex()).isEqualTo(1);
        e = fail("slice", t("a"), num(0), num(3));
        assertThat(e).hasMessage("end index must not be greater than the length of the list");
        assertThat(e.argumentIndex()).isEqualTo(2);
        assertThat(fail("slice", t("a"), num(-1), num(0))).hasMessage("start index must not be less than zero");
        assertThat(fail("slice", Value.set(Type.STRING, List.of(str("a"))), num(0), num(1)).getMessage())
                .startsWith("cannot slice a set, because its elements do not have indices");
        assertThat(fail("slice", str("ab"), num(0), num(1))).hasMessage("must be a list or tuple value");
    }

    @Test
    void flatten() {
        assertThat(call("flatten", tuple(t("a", "b"), Value.EMPTY_TUPLE, t("c")))).isEqualTo(t("a", "b", "c"));
        assertThat(call("flatten", tuple(tuple(t("a", "b"), Value.EMPTY_TUPLE), t("c")))).isEqualTo(t("a", "b", "c"));
        assertThat(call("flatten", tuple(strings("a"), str("b"), Value.set(Type.NUMBER, List.of(num(2), num(1))))))
                .isEqualTo(tuple(str("a"), str("b"), num(1), num(2)));
        assertThat(call("flatten", Value.EMPTY_TUPLE)).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(call("flatten", tuple(t("a"), secret(t("b"))))).isEqualTo(secret(t("a", "b")));
        assertThat(call("flatten", tuple(t("a"), unknown(Type.list(Type.STRING))))).isEqualTo(Value.DYNAMIC);
        assertThat(call("flatten", tuple(str("a"), unknown(Type.STRING)))).isEqualTo(tuple(str("a"), unknown(Type.STRING)));
        assertThat(fail("flatten", str("x"))).hasMessage("can only flatten lists, sets and tuples");
    }

    @Test
    void reverse() {
        assertThat(call("reverse", tuple(num(1), num(2), num(3)))).isEqualTo(tuple(num(3), num(2), num(1)));
        assertThat(call("reverse", tuple(num(1), str("a")))).isEqualTo(tuple(str("a"), num(1)));
        assertThat(call("reverse", strings("a", "b"))).isEqualTo(strings("b", "a"));
        assertThat(call("reverse", Value.set(Type.STRING, List.of(str("b"), str("a"))))).isEqualTo(strings("b", "a"));
        assertThat(call("reverse", secret(strings("a", "b")))).isEqualTo(secret(strings("b", "a")));
        FunctionException e = fail("reverse", str("x"));
        assertThat(e).hasMessage("can only reverse list or tuple values, not string");
        assertThat(e.argumentIndex()).isZero();
    }
}
