package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fail;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.tuple;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetFunctionsTest {

    private static Value t(String... ss) {
        return Value.tuple(java.util.Arrays.stream(ss).map(Value::string).toList());
    }

    private static Value set(String... ss) {
        return Value.set(Type.STRING, java.util.Arrays.stream(ss).map(Value::string).toList());
    }

    @Test
    void setOperations() {
        assertThat(call("setintersection", t("a", "b"), t("b", "c"), t("b", "d"))).isEqualTo(set("b"));
        assertThat(call("setunion", t("a", "b"), t("b", "c"), t("d"))).isEqualTo(set("a", "b", "c", "d"));
        assertThat(call("setsubtract", t("a", "b", "c"), t("a", "c"))).isEqualTo(set("b"));
        assertThat(call("setunion", t("a"), tuple(num(1)))).isEqualTo(set("1", "a"));
        assertThat(call("setunion", t("a"), Value.EMPTY_TUPLE)).isEqualTo(set("a"));
        assertThat(call("setintersection", Value.EMPTY_TUPLE)).isEqualTo(Value.set(Type.DYNAMIC, List.of()));
        assertThat(call("setunion", t("a"), secret(t("b")))).isEqualTo(secret(set("a", "b")));
    }

    @Test
    void setOperationsWithUnknowns() {
        assertThat(call("setintersection", tuple(str("a"), unknown(Type.STRING)), t("a")))
                .isEqualTo(unknown(Type.set(Type.STRING)));
        assertThat(call("setunion", tuple(unknown(Type.STRING)), t("a")))
                .isEqualTo(Value.set(Type.STRING, List.of(unknown(Type.STRING), str("a"))));
        assertThat(call("setsubtract", unknown(Type.set(Type.STRING)), t("a"))).isEqualTo(unknown(Type.set(Type.STRING)));
    }

    @Test
    void setOperationErrors() {
        assertThat(fail("setunion", t("a"), tuple(t("x")))).hasMessage("given sets must all have compatible element types");
        assertThat(fail("setunion", str("a"), t("x")).argumentIndex()).isZero();
    }

    @Test
    void setproduct() {
        Type pair = Type.tuple(List.of(Type.STRING, Type.STRING));
        Value r = call("setproduct", t("development", "staging"), t("app1", "app2"));
        assertThat(r).isEqualTo(Value.list(pair, List.of(t("development", "app1"), t("development", "app2"),
                t("staging", "app1"), t("staging", "app2"))));
        assertThat(call("setproduct", t("foo"), t("bar"))).isEqualTo(Value.list(pair, List.of(t("foo", "bar"))));
        assertThat(call("setproduct", Value.EMPTY_TUPLE, t("bar")))
                .isEqualTo(Value.list(Type.tuple(List.of(Type.DYNAMIC, Type.STRING)), List.of()));
        assertThat(call("setproduct", tuple(num(1), str("a")), tuple(Value.TRUE)))
                .isEqualTo(Value.list(Type.tuple(List.of(Type.STRING, Type.BOOL)),
                        List.of(tuple(str("1"), Value.TRUE), tuple(str("a"), Value.TRUE))));
        Value fromSet = call("setproduct", set("b", "a"), t("x"));
        assertThat(fromSet).isEqualTo(Value.set(pair, List.of(t("a", "x"), t("b", "x"))));
        assertThat(call("setproduct", secret(t("a")), t("b"))).isEqualTo(secret(Value.list(pair, List.of(t("a", "b")))));
    }

    @Test
    void setproductErrors() {
        assertThat(fail("setproduct", t("a"))).hasMessage("at least two arguments are required");
        FunctionException e = fail("setproduct", t("a"), str("x"));
        assertThat(e).hasMessage("a set or a list is required");
        assertThat(e.argumentIndex()).isEqualTo(1);
        e = fail("setproduct", t("a"), tuple(str("a"), t("b")));
        assertThat(e).hasMessage("all elements must be of the same type");
        assertThat(e.argumentIndex()).isEqualTo(1);
    }

    @Test
    void unknownArgumentsGiveUnknownProducts() {
        assertThat(call("setproduct", unknown(Type.list(Type.STRING)), t("a")))
                .isEqualTo(unknown(Type.list(Type.tuple(List.of(Type.STRING, Type.STRING)))));
    }
}
