package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@link BlockListSpec} and {@link BlockSetSpec} share: decoding each block, counting, unifying. */
final class BlockCollections {

    private BlockCollections() {
    }

    /** The decoded blocks (values, which {@link #unify} may convert in place) and their source ranges. */
    record Decoded(List<Value> values, List<Range> ranges) {
    }

    static Decoded decodeAll(BodyContent content, String typeName, Spec nested, int minItems, int maxItems,
            EvalContext ctx, Diagnostics diags) {
        List<Value> values = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (Block b : content.blocks()) {
            if (!b.type().equals(typeName)) {
                continue;
            }
            values.add(HclDec.decode(b.body(), HclDec.labelsFor(b), ctx, nested, diags));
            ranges.add(HclDec.sourceRange(b.body(), HclDec.labelsFor(b), nested));
        }
        if (values.size() < minItems) {
            diags.error("Insufficient " + typeName + " blocks", "At least " + minItems + " \"" + typeName
                    + "\" blocks are required.", content.missingItemRange());
        } else if (maxItems > 0 && values.size() > maxItems) {
            diags.error("Too many " + typeName + " blocks", "No more than " + maxItems + " \"" + typeName
                    + "\" blocks are allowed", ranges.get(maxItems));
        }
        return new Decoded(values, ranges);
    }

    /**
     * Converts every value to their unified type and returns it; or reports the inconsistency and returns
     * null. Types differ only when the nested spec has attributes of type {@code any}.
     */
    static Type unify(Decoded d, String typeName, Diagnostics diags) {
        List<Type> types = d.values().stream().map(Value::type).toList();
        Optional<Type> unified = Convert.unifyUnsafe(types);
        String summary = "Unconsistent argument types in " + typeName + " blocks";
        if (unified.isEmpty()) {
            diags.error(summary, "Corresponding attributes in all blocks of this type must be the same.",
                    d.ranges().get(0));
            return null;
        }
        Type t = unified.get();
        for (int i = 0; i < d.values().size(); i++) {
            try {
                d.values().set(i, Convert.convert(d.values().get(i), t));
            } catch (ConversionException e) {
                diags.error(summary, "Block with index " + i + " has inconsistent argument types: "
                        + e.getMessage() + ".", d.ranges().get(i));
                return null;
            }
        }
        return t;
    }

    static Range firstSourceRange(BodyContent content, String typeName, Spec nested) {
        Block b = HclDec.firstBlock(content, typeName);
        return b == null ? content.missingItemRange() : HclDec.sourceRange(b.body(), HclDec.labelsFor(b), nested);
    }

    static List<Traversal> variables(BodyContent content, String typeName, Spec nested) {
        List<Traversal> vars = new ArrayList<>();
        for (Block b : content.blocks()) {
            if (b.type().equals(typeName)) {
                vars.addAll(HclDec.variables(b.body(), nested));
            }
        }
        return vars;
    }
}
