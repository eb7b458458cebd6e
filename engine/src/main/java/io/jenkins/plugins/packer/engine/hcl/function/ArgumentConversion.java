package io.jenkins.plugins.packer.engine.hcl.function;

import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;

/**
 * Converts an argument to its parameter's type as HCL does before calling a function; a failure becomes a
 * {@link FunctionException} on that argument with cty's message (which the evaluator shows as
 * "Invalid value for "name" parameter: message.").
 */
final class ArgumentConversion {

    private ArgumentConversion() {
    }

    static Value convert(int index, Value v, Type want) throws FunctionException {
        try {
            return Convert.convert(v, want);
        } catch (ConversionException e) {
            throw new FunctionException(index, e.getMessage());
        }
    }
}
