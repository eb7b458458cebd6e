package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.dec.Spec.BlockLabel;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decodes bodies with {@link Spec}s, as hashicorp/hcl's {@code hcldec} package: {@link #decode} reads the
 * whole body (anything the spec does not name is an error), {@link #partialDecode} leaves the rest for
 * later, {@link #variables} lists the references decoding would need.
 */
public final class HclDec {

    private HclDec() {
    }

    /** A decoded value and the part of the body the spec did not consume. */
    public record PartialResult(Value value, Body remain) {
    }

    public static Value decode(Body body, Spec spec, EvalContext ctx, Diagnostics diags) {
        return decode(body, List.of(), ctx, spec, diags);
    }

    public static PartialResult partialDecode(Body body, Spec spec, EvalContext ctx, Diagnostics diags) {
        Body.PartialContent partial = body.partialContent(impliedSchema(spec), diags);
        Value v = spec.decode(partial.content(), List.of(), ctx, diags);
        return new PartialResult(v, partial.remain());
    }

    /** The variable traversals that decoding {@code body} with {@code spec} would evaluate. */
    public static List<Traversal> variables(Body body, Spec spec) {
        BodyContent content = body.partialContent(impliedSchema(spec), new Diagnostics()).content();
        List<Traversal> vars = new ArrayList<>();
        walk(spec, s -> vars.addAll(s.variablesNeeded(content)));
        return vars;
    }

    /** The schema {@code spec} reads a body with. Duplicate attribute names are merged. */
    public static BodySchema impliedSchema(Spec spec) {
        Map<String, AttributeSchema> attrs = new LinkedHashMap<>();
        List<BlockHeaderSchema> blocks = new ArrayList<>();
        walk(spec, s -> {
            for (AttributeSchema a : s.attributeSchemata()) {
                attrs.merge(a.name(), a, (x, y) -> new AttributeSchema(x.name(), x.required() || y.required()));
            }
            blocks.addAll(s.blockHeaderSchemata());
        });
        return new BodySchema(new ArrayList<>(attrs.values()), blocks);
    }

    public static Type impliedType(Spec spec) {
        return spec.impliedType();
    }

    /** Calls {@code cb} on {@code spec} and, depth first, on every spec decoded against the same body. */
    private static void walk(Spec spec, Consumer<Spec> cb) {
        cb.accept(spec);
        spec.visitSameBodyChildren(child -> walk(child, cb));
    }

    static Value decode(Body body, List<BlockLabel> labels, EvalContext ctx, Spec spec, Diagnostics diags) {
        BodyContent content = body.content(impliedSchema(spec), diags);
        return spec.decode(content, labels, ctx, diags);
    }

    static Range sourceRange(Body body, List<BlockLabel> labels, Spec spec) {
        BodyContent content = body.partialContent(impliedSchema(spec), new Diagnostics()).content();
        return spec.sourceRange(content, labels);
    }

    static List<BlockLabel> labelsFor(Block block) {
        List<BlockLabel> labels = new ArrayList<>(block.labels().size());
        for (int i = 0; i < block.labels().size(); i++) {
            labels.add(new BlockLabel(block.labels().get(i), block.labelRanges().get(i)));
        }
        return labels;
    }

    /** The first block of {@code type} in {@code content}, or null. */
    static Block firstBlock(BodyContent content, String type) {
        for (Block b : content.blocks()) {
            if (b.type().equals(type)) {
                return b;
            }
        }
        return null;
    }

    /** The names of the labels that {@link BlockLabelSpec}s under {@code spec} expect, by index. */
    static List<String> labelNames(Spec spec) {
        Map<Integer, String> names = new LinkedHashMap<>();
        int[] max = {-1};
        walk(spec, s -> {
            if (s instanceof BlockLabelSpec l) {
                max[0] = Math.max(max[0], l.index());
                names.put(l.index(), l.name());
            }
        });
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= max[0]; i++) {
            out.add(names.getOrDefault(i, String.format("missing%02d", i)));
        }
        return out;
    }

    /** The type without optional-attribute markers, at every depth ({@code WithoutOptionalAttributesDeep}). */
    static Type withoutOptional(Type t) {
        if (t instanceof Type.ObjectType o) {
            Map<String, Type> attrs = new LinkedHashMap<>();
            o.attributes().forEach((k, v) -> attrs.put(k, withoutOptional(v)));
            return Type.object(attrs);
        }
        if (t instanceof Type.ListType l) {
            return Type.list(withoutOptional(l.element()));
        }
        if (t instanceof Type.SetType s) {
            return Type.set(withoutOptional(s.element()));
        }
        if (t instanceof Type.MapType m) {
            return Type.map(withoutOptional(m.element()));
        }
        if (t instanceof Type.TupleType tt) {
            return Type.tuple(tt.elements().stream().map(HclDec::withoutOptional).toList());
        }
        return t;
    }
}
