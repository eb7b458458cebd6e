package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;

/** Shorthands for the many library functions that map strings to strings, built on {@link FunctionSpec}. */
final class Specs {

    /** A string operation that may reject its input. */
    @FunctionalInterface
    interface StringOp {
        String apply(String s) throws FunctionException;
    }

    private Specs() {
    }

    /** {@code name(param string) string}. */
    static FunctionSpec stringToString(String param, StringOp op) {
        return FunctionSpec.builder()
                .param(param, Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(op.apply(args.get(0).asString())))
                .build();
    }
}
