package io.jenkins.plugins.packer.engine.hcl;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * A function that receives its arguments unevaluated, like hashicorp/hcl's {@code try} and {@code can}
 * (ext/tryfunc): it decides itself whether and how to evaluate them. The evaluator calls
 * {@link #callWithExpressions} instead of {@link Function#call} for these.
 */
public interface ExpressionFunction extends Function {

    Value callWithExpressions(List<Expression> arguments, EvalContext ctx, Diagnostics diags);
}
