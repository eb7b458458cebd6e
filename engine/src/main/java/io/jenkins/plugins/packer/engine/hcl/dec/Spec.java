package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.function.Consumer;

/**
 * A description of how to decode a body into a {@link Value}, as hashicorp/hcl's {@code hcldec.Spec}
 * (Packer plugins describe their configuration this way). Use {@link HclDec} to apply one to a body.
 */
public interface Spec {

    /** Decodes {@code content} (the body read with {@link HclDec#impliedSchema}) within a block's labels. */
    Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags);

    /** The type {@link #decode} produces. */
    Type impliedType();

    /** Where the value for this spec comes from in {@code content}, or where it would go if missing. */
    Range sourceRange(BodyContent content, List<BlockLabel> labels);

    /** Calls {@code cb} for each nested spec decoded against the same body (not those of nested blocks). */
    default void visitSameBodyChildren(Consumer<Spec> cb) {
    }

    /** Attributes this spec reads from the body. */
    default List<AttributeSchema> attributeSchemata() {
        return List.of();
    }

    /** Block types this spec reads from the body. */
    default List<BlockHeaderSchema> blockHeaderSchemata() {
        return List.of();
    }

    /** Variables this spec would read when decoding {@code content}. */
    default List<Traversal> variablesNeeded(BodyContent content) {
        return List.of();
    }

    /** A block label as the nested spec of a block sees it. */
    record BlockLabel(String value, Range range) {
    }
}
