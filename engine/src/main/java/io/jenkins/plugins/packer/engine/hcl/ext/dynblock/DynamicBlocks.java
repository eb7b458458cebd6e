package io.jenkins.plugins.packer.engine.hcl.ext.dynblock;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;

/**
 * The {@code dynamic} block extension of HCL (hashicorp/hcl's {@code ext/dynblock}): generates blocks of another
 * type by iterating over a collection.
 *
 * <pre>
 * dynamic "tag" {
 *   for_each = local.tags         # a list, set, tuple, map or object
 *   iterator = t                  # optional, the name of the iteration variable (default: the block type)
 *   labels   = [t.key]            # required when the generated blocks have labels
 *   content {
 *     key   = t.key
 *     value = t.value
 *   }
 * }
 * </pre>
 *
 * reads as one {@code tag} block per element, where {@code t.key} and {@code t.value} are the element's key and
 * value. Expansion happens when the body returned by {@link #expand} is decoded, for the block types the schema
 * names; nested blocks (dynamic or not) are expanded too, and a nested iteration sees the iterators of the
 * blocks around it. An unknown {@code for_each} gives a single block whose attributes are all unknown.
 */
public final class DynamicBlocks {

    private DynamicBlocks() {
    }

    /**
     * Wraps {@code body} so that its {@code dynamic} blocks expand when it is decoded. {@code forEachCtx} is the
     * context of the {@code for_each} and {@code labels} expressions; the attributes of generated blocks are
     * evaluated later, in whatever context their decoder uses, with the iterator variables added.
     */
    public static Body expand(Body body, EvalContext forEachCtx) {
        return new ExpandBody(body, forEachCtx, null, java.util.Set.of());
    }

    /**
     * True for the body of a block generated from an unknown {@code for_each}: the real number of blocks is not
     * known yet (hcldec decodes such a block as an unknown value).
     */
    public static boolean isUnknown(Body body) {
        return body instanceof UnknownBody;
    }
}
