package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/** A fixed value, whatever the body holds. */
public record LiteralSpec(Value value) implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        return value;
    }

    @Override
    public Type impliedType() {
        return value.type();
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return Range.at("<unknown>", Pos.START); // no sensible place: a literal produces no diagnostics
    }
}
