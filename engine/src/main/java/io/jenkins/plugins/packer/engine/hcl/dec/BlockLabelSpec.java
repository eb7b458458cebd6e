package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * The label number {@code index} of the block whose body is being decoded; only valid inside the nested
 * spec of a block spec. The label specs of a block define how many labels it must have.
 */
public record BlockLabelSpec(int index, String name) implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        return Value.string(label(labels).value());
    }

    @Override
    public Type impliedType() {
        return Type.STRING;
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return label(labels).range();
    }

    private BlockLabel label(List<BlockLabel> labels) {
        if (index >= labels.size()) {
            throw new IllegalStateException("BlockLabelSpec used outside a block with label " + index);
        }
        return labels.get(index);
    }
}
