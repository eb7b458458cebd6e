package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * The body of the single block of type {@code typeName}, decoded with {@code nested}; null when there is
 * none (an error when {@code required}); a second such block is an error.
 */
public record BlockSpec(String typeName, Spec nested, boolean required) implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        Block child = null;
        for (Block candidate : content.blocks()) {
            if (!candidate.type().equals(typeName)) {
                continue;
            }
            if (child != null) {
                diags.error("Duplicate " + typeName + " block", "Only one block of type \"" + typeName
                        + "\" is allowed. Previous definition was at " + child.defRange() + ".",
                        candidate.defRange());
                break;
            }
            child = candidate;
        }
        if (child == null) {
            if (required) {
                diags.error("Missing " + typeName + " block", "A block of type \"" + typeName
                        + "\" is required here.", content.missingItemRange());
            }
            return Value.nullOf(HclDec.withoutOptional(nested.impliedType()));
        }
        return HclDec.decode(child.body(), HclDec.labelsFor(child), ctx, nested, diags);
    }

    @Override
    public Type impliedType() {
        return nested.impliedType();
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        Block child = HclDec.firstBlock(content, typeName);
        return child == null ? content.missingItemRange()
                : HclDec.sourceRange(child.body(), HclDec.labelsFor(child), nested);
    }

    @Override
    public List<BlockHeaderSchema> blockHeaderSchemata() {
        return List.of(new BlockHeaderSchema(typeName, HclDec.labelNames(nested)));
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        Block child = HclDec.firstBlock(content, typeName);
        return child == null ? List.of() : HclDec.variables(child.body(), nested);
    }
}
