package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A tuple whose elements come from the nested specs ({@code array} in the hcldec spec format). */
public record TupleSpec(List<Spec> elements) implements Spec {

    public TupleSpec {
        elements = List.copyOf(elements);
    }

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        List<Value> vals = new ArrayList<>();
        elements.forEach(spec -> vals.add(spec.decode(content, labels, ctx, diags)));
        return Value.tuple(vals);
    }

    @Override
    public Type impliedType() {
        return Type.tuple(elements.stream().map(Spec::impliedType).toList());
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return content.missingItemRange();
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> cb) {
        elements.forEach(cb);
    }
}
