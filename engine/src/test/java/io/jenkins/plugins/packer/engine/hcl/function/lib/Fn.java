package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import io.jenkins.plugins.packer.engine.hcl.value.Values;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: building values and calling library functions by name. */
final class Fn {

    private static final Map<String, Function> TABLE = PackerFunctions.table(PackerFunctions.Options.defaults());

    private Fn() {
    }

    static Function fn(String name) {
        Function f = TABLE.get(name);
        assertThat(f).as("function %s", name).isNotNull();
        return f;
    }

    static Value call(String name, Value... args) {
        try {
            return fn(name).call(Arrays.asList(args));
        } catch (FunctionException e) {
            throw new AssertionError(name + " failed: [" + e.argumentIndex() + "] " + e.getMessage(), e);
        }
    }

    static FunctionException fail(String name, Value... args) {
        FunctionException e = catchThrowableOfType(FunctionException.class,
                () -> fn(name).call(Arrays.asList(args)));
        assertThat(e).as("%s should fail", name).isNotNull();
        return e;
    }

    static Value str(String s) {
        return Value.string(s);
    }

    static Value num(long n) {
        return Value.number(n);
    }

    static Value num(String n) {
        return Value.number(new BigDecimal(n));
    }

    static Value bool(boolean b) {
        return Value.bool(b);
    }

    static Value secret(Value v) {
        return v.mark(Mark.SENSITIVE);
    }

    static Value secret(String s) {
        return secret(str(s));
    }

    static Value tuple(Value... vs) {
        return Value.tuple(List.of(vs));
    }

    static Value list(Value... vs) {
        return Values.listOf(List.of(vs));
    }

    static Value strings(String... ss) {
        return Value.list(Type.STRING, Arrays.stream(ss).map(Value::string).toList());
    }

    static Value numbers(long... ns) {
        return Value.list(Type.NUMBER, Arrays.stream(ns).mapToObj(Value::number).toList());
    }

    static Value set(Value... vs) {
        return Values.setOf(List.of(vs));
    }

    static Value map(Object... kv) {
        return Values.mapOf(pairs(kv));
    }

    static Value object(Object... kv) {
        return Value.object(pairs(kv));
    }

    private static Map<String, Value> pairs(Object... kv) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Value) kv[i + 1]);
        }
        return m;
    }

    static Value unknown(Type t) {
        return Value.unknown(t);
    }

    static Value nul(Type t) {
        return Value.nullOf(t);
    }
}
