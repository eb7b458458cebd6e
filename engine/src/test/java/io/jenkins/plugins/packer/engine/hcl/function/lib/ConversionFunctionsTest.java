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
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tobool tolist tomap tonumber toset tostring, sensitive, nonsensitive. */
class ConversionFunctionsTest {

    @Test
    void toPrimitives() {
        assertThat(call("tostring", str("hello"))).isEqualTo(str("hello"));
        assertThat(call("tostring", num(1))).isEqualTo(str("1"));
        assertThat(call("tostring", Value.TRUE)).isEqualTo(str("true"));
        assertThat(call("tostring", Value.NULL)).isEqualTo(nul(Type.STRING));
        assertThat(call("tonumber", num(1))).isEqualTo(num(1));
        assertThat(call("tonumber", str("1"))).isEqualTo(num(1));
        assertThat(call("tonumber", Value.NULL)).isEqualTo(nul(Type.NUMBER));
        assertThat(call("tobool", Value.TRUE)).isEqualTo(Value.TRUE);
        assertThat(call("tobool", str("false"))).isEqualTo(Value.FALSE);
        assertThat(call("tobool", Value.NULL)).isEqualTo(nul(Type.BOOL));
    }

    @Test
    void toCollections() {
        assertThat(call("tolist", tuple(str("a"), str("b"), str("c")))).isEqualTo(strings("a", "b", "c"));
        assertThat(call("tolist", tuple(str("a"), str("b"), num(3)))).isEqualTo(strings("a", "b", "3"));
        assertThat(call("toset", tuple(str("c"), str("b"), str("b"))))
                .isEqualTo(Value.set(Type.STRING, List.of(str("b"), str("c"))));
        assertThat(call("toset", tuple(str("a"), num(3)))).isEqualTo(Value.set(Type.STRING, List.of(str("3"), str("a"))));
        assertThat(call("tomap", object("a", num(1), "b", num(2)))).isEqualTo(map("a", num(1), "b", num(2)));
        assertThat(call("tomap", object("a", str("foo"), "b", Value.TRUE))).isEqualTo(map("a", str("foo"), "b", str("true")));
        assertThat(call("tolist", Value.set(Type.NUMBER, List.of(num(2), num(1))))).isEqualTo(numbers(1, 2));
    }

    @Test
    void explicitConversionMessages() {
        FunctionException e = fail("tobool", str("no"));
        assertThat(e).hasMessage("cannot convert \"no\" to bool; only the strings \"true\" or \"false\" are allowed");
        assertThat(e.argumentIndex()).isZero();
        assertThat(fail("tonumber", str("no")))
                .hasMessage("cannot convert \"no\" to number; given string must be a decimal representation of a number");
        assertThat(fail("tonumber", secret("no"))).hasMessage("cannot convert this sensitive string to number");
        assertThat(fail("tostring", tuple(str("a")))).hasMessage("cannot convert tuple to string");
        assertThat(fail("tolist", str("a"))).hasMessage("cannot convert string to list of any single type");
        assertThat(fail("tomap", tuple(str("a")))).hasMessage("cannot convert tuple to map of any single type");
        assertThat(fail("tolist", tuple(str("a"), tuple()))).hasMessage("cannot convert tuple to list of any single type");
    }

    @Test
    void unknownAndMarkedArguments() {
        assertThat(call("tostring", unknown(Type.NUMBER))).isEqualTo(unknown(Type.STRING));
        assertThat(call("tostring", Value.DYNAMIC)).isEqualTo(unknown(Type.STRING));
        assertThat(call("tolist", unknown(Type.set(Type.STRING)))).isEqualTo(unknown(Type.list(Type.DYNAMIC)));
        assertThat(call("tostring", secret(num(5)))).isEqualTo(secret("5"));
        assertThat(call("tolist", tuple(secret("a")))).isEqualTo(Value.list(Type.STRING, List.of(secret("a"))));
    }

    @Test
    void sensitiveAndNonsensitive() {
        assertThat(call("sensitive", str("x"))).isEqualTo(secret("x"));
        assertThat(call("sensitive", secret("x"))).isEqualTo(secret("x"));
        assertThat(call("sensitive", Value.NULL)).isEqualTo(Value.NULL.mark(Mark.SENSITIVE));
        assertThat(call("sensitive", unknown(Type.STRING))).isEqualTo(unknown(Type.STRING).mark(Mark.SENSITIVE));
        assertThat(call("nonsensitive", secret("x"))).isEqualTo(str("x"));
        assertThat(call("nonsensitive", str("x"))).isEqualTo(str("x"));
        assertThat(call("nonsensitive", unknown(Type.STRING).mark(Mark.SENSITIVE))).isEqualTo(unknown(Type.STRING));
        Value nested = tuple(secret("a"));
        assertThat(call("nonsensitive", secret(nested))).isEqualTo(nested);
        assertThat(call("nonsensitive", nested).containsMarked()).isTrue();
    }

    @Test
    void tryAndCanCannotBeCalledWithValues() {
        assertThat(fail("try", str("x")).getMessage()).contains("unevaluated");
        assertThat(fail("can", str("x")).getMessage()).contains("unevaluated");
    }
}
