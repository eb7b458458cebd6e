package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code expression} evaluated with {@code varName} bound to the value of {@code wrapped}
 * ({@code TransformExprSpec}); {@code transformContext} supplies the functions it may call.
 */
public record TransformSpec(Spec wrapped, Expression expression, EvalContext transformContext, String varName)
        implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        Diagnostics own = new Diagnostics();
        Value wrappedValue = wrapped.decode(content, labels, ctx, own);
        diags.addAll(own);
        if (own.hasErrors()) {
            // running the expression would only add confusing errors about the same problem
            return Value.unknown(HclDec.withoutOptional(impliedType()));
        }
        return expression.value(transformContext.child(Map.of(varName, wrappedValue)), diags);
    }

    @Override
    public Type impliedType() {
        Value probe = Value.unknown(wrapped.impliedType());
        return expression.value(transformContext.child(Map.of(varName, probe)), new Diagnostics()).type();
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return wrapped.sourceRange(content, labels);
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> cb) {
        cb.accept(wrapped);
    }
}
