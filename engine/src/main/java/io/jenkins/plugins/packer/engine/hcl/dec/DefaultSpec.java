package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code primary}'s value, or {@code fallback}'s when that is null. Only {@code primary} may read blocks. */
public record DefaultSpec(Spec primary, Spec fallback) implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        Value v = primary.decode(content, labels, ctx, diags);
        return v.isNull() ? fallback.decode(content, labels, ctx, diags) : v;
    }

    @Override
    public Type impliedType() {
        return primary.impliedType();
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return primary.sourceRange(content, labels);
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> cb) {
        cb.accept(primary);
        cb.accept(fallback);
    }

    @Override
    public List<AttributeSchema> attributeSchemata() {
        List<AttributeSchema> all = new ArrayList<>(primary.attributeSchemata());
        all.addAll(fallback.attributeSchemata());
        return all;
    }

    @Override
    public List<BlockHeaderSchema> blockHeaderSchemata() {
        return primary.blockHeaderSchemata();
    }
}
