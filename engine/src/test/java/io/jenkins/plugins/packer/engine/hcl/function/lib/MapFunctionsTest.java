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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** keys, values, lookup, merge, zipmap. */
class MapFunctionsTest {

    @Test
    void keysAndValues() {
        Value obj = object("a", num(3), "c", num(2), "d", num(1));
        assertThat(call("keys", obj)).isEqualTo(tuple(str("a"), str("c"), str("d")));
        assertThat(call("values", obj)).isEqualTo(tuple(num(3), num(2), num(1)));
        Value m = map("b", str("x"), "a", str("y"));
        assertThat(call("keys", m)).isEqualTo(strings("a", "b"));
        assertThat(call("values", m)).isEqualTo(strings("y", "x"));
        assertThat(call("keys", Value.EMPTY_OBJECT)).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(call("values", Value.EMPTY_OBJECT)).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(call("keys", secret(m))).isEqualTo(secret(strings("a", "b")));
        assertThat(call("values", secret(m))).isEqualTo(secret(strings("y", "x")));
    }

    @Test
    void keysOfUnknownObjectAreKnown() {
        Type objType = Type.object(Map.of("x", Type.STRING, "y", Type.NUMBER));
        assertThat(call("keys", unknown(objType))).isEqualTo(tuple(str("x"), str("y")));
        assertThat(call("keys", unknown(Type.map(Type.STRING)))).isEqualTo(unknown(Type.list(Type.STRING)));
        assertThat(call("keys", Value.DYNAMIC)).isEqualTo(Value.DYNAMIC);
        assertThat(call("values", unknown(objType))).isEqualTo(unknown(Type.tuple(List.of(Type.STRING, Type.NUMBER))));
    }

    @Test
    void keysAndValuesErrors() {
        FunctionException e = fail("keys", str("x"));
        assertThat(e).hasMessage("must have map or object type");
        assertThat(e.argumentIndex()).isZero();
        e = fail("values", tuple(str("x")));
        assertThat(e).hasMessage("values() requires a map as the first argument");
        assertThat(e.argumentIndex()).isEqualTo(-1);
    }

    @Test
    void lookup() {
        Value m = object("a", str("ay"), "b", str("bee"));
        assertThat(call("lookup", m, str("a"), str("what?"))).isEqualTo(str("ay"));
        assertThat(call("lookup", m, str("c"), str("what?"))).isEqualTo(str("what?"));
        assertThat(call("lookup", object("a", num(1), "b", str("x")), str("c"), num(5))).isEqualTo(num(5));
        assertThat(call("lookup", map("a", num(1)), str("c"), str("7"))).isEqualTo(num(7));
        assertThat(call("lookup", map("a", num(1)), str("a"), num(0))).isEqualTo(num(1));
        assertThat(call("lookup", secret(m), str("a"), str(""))).isEqualTo(secret("ay"));
        assertThat(call("lookup", m, secret("b"), str(""))).isEqualTo(secret("bee"));
        assertThat(call("lookup", object("s", secret("x")), str("s"), str(""))).isEqualTo(secret("x"));
        assertThat(call("lookup", m, unknown(Type.STRING), str(""))).isEqualTo(Value.DYNAMIC);
        assertThat(call("lookup", object("a", unknown(Type.STRING)), str("a"), str(""))).isEqualTo(unknown(Type.STRING));
    }

    @Test
    void lookupErrors() {
        FunctionException e = fail("lookup", tuple(str("a")), str("0"), str("x"));
        assertThat(e).hasMessage("lookup() requires a map as the first argument");
        assertThat(e.argumentIndex()).isZero();
        e = fail("lookup", map("a", num(1)), str("b"), str("x"));
        assertThat(e).hasMessage("the default value must have the same type as the map elements");
        assertThat(e.argumentIndex()).isEqualTo(2);
        assertThat(fail("lookup", map("a", num(1)), str("b"), nul(Type.NUMBER))).hasMessage("argument must not be null");
    }

    @Test
    void merge() {
        assertThat(call("merge", object("a", str("b"), "c", str("d")), object("e", str("f"), "c", str("z"))))
                .isEqualTo(object("a", str("b"), "c", str("z"), "e", str("f")));
        assertThat(call("merge", object("a", num(1)), object("b", str("x"))))
                .isEqualTo(object("a", num(1), "b", str("x")));
        assertThat(call("merge", map("a", str("x")), map("b", str("y")))).isEqualTo(map("a", str("x"), "b", str("y")));
        assertThat(call("merge", map("a", str("x")), object("b", num(1)))).isEqualTo(object("a", str("x"), "b", num(1)));
        assertThat(call("merge")).isEqualTo(Value.EMPTY_OBJECT);
        assertThat(call("merge", object("a", num(1)), Value.NULL)).isEqualTo(object("a", num(1)));
        assertThat(call("merge", object("a", num(1)), secret(object("b", num(2)))))
                .isEqualTo(secret(object("a", num(1), "b", num(2))));
        assertThat(call("merge", object("a", num(1)), Value.DYNAMIC)).isEqualTo(Value.DYNAMIC);
        assertThat(fail("merge", object("a", num(1)), str("x")))
                .hasMessage("arguments must be maps or objects, got \"string\"");
    }

    @Test
    void zipmap() {
        assertThat(call("zipmap", tuple(str("a"), str("b")), tuple(num(1), num(2))))
                .isEqualTo(object("a", num(1), "b", num(2)));
        assertThat(call("zipmap", strings("a", "b"), numbers(1, 2))).isEqualTo(map("a", num(1), "b", num(2)));
        assertThat(call("zipmap", strings("a", "b"), tuple(num(1), str("x")))).isEqualTo(object("a", num(1), "b", str("x")));
        assertThat(call("zipmap", strings("a", "a"), numbers(1, 2))).isEqualTo(map("a", num(2)));
        assertThat(call("zipmap", strings(), numbers())).isEqualTo(Value.map(Type.NUMBER, Map.of()));
        assertThat(call("zipmap", tuple(secret("k")), numbers(1))).isEqualTo(secret(map("k", num(1))));
        assertThat(call("zipmap", tuple(unknown(Type.STRING)), tuple(num(1)))).isEqualTo(Value.DYNAMIC);
        assertThat(fail("zipmap", strings("a", "b"), numbers(1)))
                .hasMessage("number of keys (2) does not match number of values (1)");
        assertThat(fail("zipmap", strings("a"), str("x"))).hasMessage("values argument must be a list or tuple value");
        assertThat(fail("zipmap", tuple(nul(Type.STRING)), tuple(num(1)))).hasMessage("keys list has null value at index 0");
    }
}
