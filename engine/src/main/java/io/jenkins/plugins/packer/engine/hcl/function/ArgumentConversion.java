package io.jenkins.plugins.packer.engine.hcl.function;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;

/** Converts an argument to its parameter's type; a failure becomes a {@link FunctionException} on it. */
final class ArgumentConversion {

    private ArgumentConversion() {
    }

    static Value convert(int index, Value v, Type want) throws FunctionException {
        if (want.isDynamic() || v.type().equals(want)) {
            return v;
        }
        // interim until hcl.value.Convert is merged
        throw new FunctionException(index, want.friendlyName() + " required");
    }
}
