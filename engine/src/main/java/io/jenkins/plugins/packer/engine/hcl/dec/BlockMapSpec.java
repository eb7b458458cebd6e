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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps keyed by the labels of the blocks of type {@code typeName}, one map level per name in
 * {@code labelNames}, holding the decoded bodies. Two blocks with the same labels are an error.
 */
public record BlockMapSpec(String typeName, List<String> labelNames, Spec nested) implements Spec {

    public BlockMapSpec {
        labelNames = List.copyOf(labelNames);
        if (labelNames.isEmpty()) {
            throw new IllegalArgumentException("a block map needs at least one label");
        }
    }

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        Map<String, Object> root = new LinkedHashMap<>();
        int depth = labelNames.size();
        for (Block b : content.blocks()) {
            if (!b.type().equals(typeName) || b.labels().size() < depth) {
                continue; // too few labels was already reported when the body was read
            }
            List<BlockLabel> childLabels = HclDec.labelsFor(b);
            Value val = HclDec.decode(b.body(), childLabels.subList(depth, childLabels.size()), ctx, nested, diags);
            Map<String, Object> target = root;
            for (String key : b.labels().subList(0, depth - 1)) {
                target = submap(target, key);
            }
            String key = b.labels().get(depth - 1);
            if (target.containsKey(key)) {
                StringBuilder quoted = new StringBuilder();
                b.labels().forEach(l -> quoted.append(" \"").append(l).append('"'));
                diags.error("Duplicate " + typeName + " block", "A block for " + typeName + quoted
                        + " was already defined. The " + typeName + " labels must be unique.", b.defRange());
                continue;
            }
            target.put(key, val);
        }
        if (root.isEmpty()) {
            // an empty map of the implied type (hcl's own code forgets the inner map levels here)
            return Value.map(((Type.MapType) impliedType()).element(), Map.of());
        }
        return toValue(root, depth);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> submap(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private static Value toValue(Map<String, Object> raw, int depth) {
        Map<String, Value> vals = new LinkedHashMap<>();
        raw.forEach((k, v) -> vals.put(k, depth == 1 ? (Value) v : toValue((Map<String, Object>) v, depth - 1)));
        Type element = vals.values().iterator().next().type();
        return Value.map(element, vals);
    }

    @Override
    public Type impliedType() {
        Type t = nested.impliedType();
        for (int i = 0; i < labelNames.size(); i++) {
            t = Type.map(t);
        }
        return t;
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return BlockCollections.firstSourceRange(content, typeName, nested);
    }

    @Override
    public List<BlockHeaderSchema> blockHeaderSchemata() {
        List<String> all = new ArrayList<>(labelNames);
        all.addAll(HclDec.labelNames(nested));
        return List.of(new BlockHeaderSchema(typeName, all));
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        return BlockCollections.variables(content, typeName, nested);
    }
}
