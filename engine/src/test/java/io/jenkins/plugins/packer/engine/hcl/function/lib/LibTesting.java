package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;

/** Small helpers for calling library functions in tests. */
final class LibTesting {

    private LibTesting() {
    }

    static Value call(Map<String, Function> lib, String name, Value... args) throws FunctionException {
        Function f = lib.get(name);
        if (f == null) {
            throw new AssertionError("no function " + name);
        }
        return f.call(List.of(args));
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertCallFails(Map<String, Function> lib,
            String name, Value... args) {
        return assertThatThrownBy(() -> call(lib, name, args)).isInstanceOf(FunctionException.class);
    }

    static int argumentIndex(Map<String, Function> lib, String name, Value... args) {
        try {
            call(lib, name, args);
        } catch (FunctionException e) {
            return e.argumentIndex();
        }
        throw new AssertionError("call succeeded");
    }

    static Value str(String s) {
        return Value.string(s);
    }

    static Value num(long n) {
        return Value.number(n);
    }

    static Value secret(String s) {
        return Value.string(s).mark(Mark.SENSITIVE);
    }

    static Value unknownString() {
        return Value.unknown(Type.STRING);
    }

    static Value nullString() {
        return Value.nullOf(Type.STRING);
    }
}
