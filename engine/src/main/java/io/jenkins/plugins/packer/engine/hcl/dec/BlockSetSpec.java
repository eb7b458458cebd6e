package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/** Like {@link BlockListSpec}, but the result is a set: no order, no duplicates. */
public record BlockSetSpec(String typeName, Spec nested, int minItems, int maxItems) implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        BlockCollections.Decoded d = BlockCollections.decodeAll(content, typeName, nested, minItems, maxItems,
                ctx, diags);
        if (d.values().isEmpty()) {
            return Value.set(nested.impliedType(), List.of());
        }
        Type element = BlockCollections.unify(d, typeName, diags);
        return element == null ? Value.DYNAMIC : Value.set(element, d.values());
    }

    @Override
    public Type impliedType() {
        return Type.set(nested.impliedType());
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return BlockCollections.firstSourceRange(content, typeName, nested);
    }

    @Override
    public List<BlockHeaderSchema> blockHeaderSchemata() {
        return List.of(new BlockHeaderSchema(typeName, HclDec.labelNames(nested)));
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        return BlockCollections.variables(content, typeName, nested);
    }
}
