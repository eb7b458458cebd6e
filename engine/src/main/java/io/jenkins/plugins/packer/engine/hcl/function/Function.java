package io.jenkins.plugins.packer.engine.hcl.function;

import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * A function callable from expressions, as go-cty's {@code function.Function}: declared parameters and an
 * optional variadic parameter, and a {@link #call} that itself handles argument conversion, null and
 * unknown arguments (an unknown argument makes an unknown result unless the parameter allows unknowns) and
 * marks (the result carries the marks of its arguments unless the parameter allows marked values).
 *
 * <p>The evaluator checks the argument count against {@link #parameters()} and
 * {@link #variadicParameter()} before calling, and turns a {@link FunctionException} into a diagnostic on
 * the offending argument (or on the whole call).
 */
public interface Function {

    List<Parameter> parameters();

    /** The parameter that takes any number of trailing arguments, or null. */
    Parameter variadicParameter();

    Value call(List<Value> arguments) throws FunctionException;
}
