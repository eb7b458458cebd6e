package io.jenkins.plugins.packer.engine.hcl;

import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dynamic "TYPE" { for_each, iterator, labels, content {} }} blocks, expanded as hashicorp/hcl's
 * {@code ext/dynblock} does: {@link #expand} wraps a body so that decoding it against a schema that names
 * {@code TYPE} yields one {@code TYPE} block per element of {@code for_each}, in place of the dynamic block.
 * {@code for_each} and {@code labels} are evaluated in the context given to {@link #expand} (plus enclosing
 * iterators); the generated blocks' attributes are evaluated later, wherever they are decoded, with the iterator
 * ({@code TYPE} by default, or {@code iterator}) bound to {@code {key, value}}. Nesting works.
 */
public final class DynamicBlocks {

    private static final BodySchema SPEC = new BodySchema(List.of(
            new BodySchema.AttributeSchema("for_each", true), new BodySchema.AttributeSchema("iterator", false),
            new BodySchema.AttributeSchema("labels", false)),
            List.of(new BodySchema.BlockHeaderSchema("content", List.of())));

    private static final BodySchema.BlockHeaderSchema DYNAMIC =
            new BodySchema.BlockHeaderSchema("dynamic", List.of("type"));

    private DynamicBlocks() {
    }

    /** {@code body} with its dynamic blocks (at any depth) expanded when decoded. */
    public static Body expand(Body body, EvalContext forEachCtx) {
        return body instanceof Expanded ? body : new Expanded(body, forEachCtx, Map.of());
    }

    private record Expanded(Body body, EvalContext ctx, Map<String, Value> iteration) implements Body {

        @Override
        public BodyContent content(BodySchema schema, Diagnostics diags) {
            BodyContent c = body.content(extend(schema), diags);
            return expandContent(c, schema, false, diags);
        }

        @Override
        public PartialContent partialContent(BodySchema schema, Diagnostics diags) {
            PartialContent pc = body.partialContent(extend(schema), diags);
            return new PartialContent(expandContent(pc.content(), schema, true, diags),
                    new Expanded(pc.remain(), ctx, iteration));
        }

        @Override
        public Map<String, Attribute> justAttributes(Diagnostics diags) {
            Map<String, Attribute> out = new LinkedHashMap<>();
            body.justAttributes(diags).forEach((k, a) -> out.put(k, wrap(a)));
            return out;
        }

        @Override
        public Range missingItemRange() {
            return body.missingItemRange();
        }

        private Attribute wrap(Attribute a) {
            return iteration.isEmpty() ? a : new Attribute(a.name(), IteratedExpression.wrap(a.expression(),
                    iteration), a.range(), a.nameRange());
        }

        private static BodySchema extend(BodySchema schema) {
            if (schema.blocks().stream().anyMatch(b -> b.type().equals("dynamic"))) {
                return schema;
            }
            List<BodySchema.BlockHeaderSchema> blocks = new ArrayList<>(schema.blocks());
            blocks.add(DYNAMIC);
            return new BodySchema(schema.attributes(), blocks);
        }

        private BodyContent expandContent(BodyContent c, BodySchema schema, boolean partial, Diagnostics diags) {
            Map<String, Attribute> attrs = new LinkedHashMap<>();
            c.attributes().forEach((k, a) -> attrs.put(k, wrap(a)));
            boolean schemaHasDynamic = schema.blocks().stream().anyMatch(b -> b.type().equals("dynamic"));
            List<Block> blocks = new ArrayList<>();
            for (Block b : c.blocks()) {
                if (!b.type().equals("dynamic") || schemaHasDynamic) {
                    blocks.add(new Block(b.type(), b.labels(), new Expanded(b.body(), ctx, iteration), b.defRange(),
                            b.typeRange(), b.labelRanges()));
                    continue;
                }
                String type = b.labels().get(0);
                BodySchema.BlockHeaderSchema target = schema.blocks().stream().filter(s -> s.type().equals(type))
                        .findFirst().orElse(null);
                if (target == null) {
                    if (!partial) {
                        diags.error("Unsupported block type", "Blocks of type \"" + type + "\" are not expected here.",
                                b.labelRanges().get(0));
                    }
                    continue;
                }
                expandDynamic(b, target, blocks, diags);
            }
            return new BodyContent(attrs, blocks, c.missingItemRange());
        }

        private void expandDynamic(Block dyn, BodySchema.BlockHeaderSchema target, List<Block> out,
                Diagnostics diags) {
            BodyContent spec = dyn.body().content(SPEC, diags);
            Attribute forEach = spec.attributes().get("for_each");
            if (forEach == null) {
                return;
            }
            EvalContext here = ctx.child(iteration);
            Value collection = forEach.expression().value(here, diags).unmark();
            if (collection.isNull()) {
                diags.error("Invalid dynamic for_each value", "Cannot use a null value in for_each.",
                        forEach.expression().range());
                return;
            }
            if (!collection.isKnown()) {
                diags.error("Invalid dynamic for_each value", "The for_each value is not known yet; it must be "
                        + "known before the build starts.", forEach.expression().range());
                return;
            }
            Type t = collection.type();
            boolean iterable = t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType
                    || t instanceof Type.MapType || t instanceof Type.ObjectType;
            if (!iterable) {
                diags.error("Invalid dynamic for_each value", "Cannot use a " + t.friendlyName()
                        + " value in for_each. An iterable collection is required.", forEach.expression().range());
                return;
            }
            String iterator = target.type();
            Attribute itAttr = spec.attributes().get("iterator");
            if (itAttr != null) {
                var kw = itAttr.expression().asKeyword();
                if (kw.isEmpty()) {
                    diags.error("Invalid dynamic iterator name", "Dynamic iterator must be a single variable name.",
                            itAttr.expression().range());
                    return;
                }
                iterator = kw.get();
            }
            List<Block> contents = spec.blocksOfType("content");
            if (contents.isEmpty()) {
                diags.error("Missing dynamic content block", "A dynamic block must have a nested block of type "
                        + "\"content\" to describe the body of each generated block.", dyn.defRange());
                return;
            }
            if (contents.size() > 1) {
                diags.error("Extraneous dynamic content block", "Only one nested content block is allowed for each "
                        + "dynamic block. Another was defined at " + contents.get(0).defRange() + ".",
                        contents.get(1).defRange());
                return;
            }
            Block content = contents.get(0);
            for (Map.Entry<Value, Value> e : elements(collection)) {
                Map<String, Value> it = new LinkedHashMap<>(iteration);
                it.put(iterator, Value.object(Map.of("key", e.getKey(), "value", e.getValue())));
                List<String> labels = labels(spec.attributes().get("labels"), target, dyn, ctx.child(it), diags);
                if (labels == null) {
                    continue;
                }
                List<Range> labelRanges = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    labelRanges.add(spec.attributes().containsKey("labels")
                            ? spec.attributes().get("labels").expression().range() : dyn.labelRanges().get(0));
                }
                out.add(new Block(target.type(), labels, new Expanded(content.body(), ctx, Map.copyOf(it)),
                        dyn.defRange(), dyn.typeRange(), labelRanges));
            }
        }

        private static List<Map.Entry<Value, Value>> elements(Value collection) {
            List<Map.Entry<Value, Value>> out = new ArrayList<>();
            Type t = collection.type();
            if (t instanceof Type.MapType || t instanceof Type.ObjectType) {
                collection.attributes().forEach((k, v) -> out.add(Map.entry(Value.string(k), v)));
            } else if (t instanceof Type.SetType) {
                collection.elements().forEach(v -> out.add(Map.entry(v, v)));
            } else {
                List<Value> els = collection.elements();
                for (int i = 0; i < els.size(); i++) {
                    out.add(Map.entry(Value.number(i), els.get(i)));
                }
            }
            return out;
        }

        private static List<String> labels(Attribute attr, BodySchema.BlockHeaderSchema target, Block dyn,
                EvalContext ctx, Diagnostics diags) {
            List<String> labels = new ArrayList<>();
            if (attr != null) {
                Value v = attr.expression().value(ctx, diags).unmark();
                if (!v.isKnown() || v.isNull()) {
                    diags.error("Invalid dynamic block label", "Cannot use " + (v.isNull() ? "a null" : "an unknown")
                            + " value as a dynamic block label.", attr.expression().range());
                    return null;
                }
                try {
                    for (Value l : Convert.convert(v, Type.list(Type.STRING)).elements()) {
                        if (l.isNull() || !l.isKnown()) {
                            diags.error("Invalid dynamic block label", "Cannot use " + (l.isNull() ? "a null"
                                    : "an unknown") + " value as a dynamic block label.", attr.expression().range());
                            return null;
                        }
                        labels.add(l.unmark().asString());
                    }
                } catch (ConversionException e) {
                    diags.error("Invalid dynamic block label", "Invalid dynamic block label: " + e.getMessage()
                            + ".", attr.expression().range());
                    return null;
                }
            }
            if (labels.size() != target.labelNames().size()) {
                diags.error("Incorrect number of block labels", "The \"" + target.type() + "\" block requires "
                        + target.labelNames().size() + " labels, but " + labels.size() + " were provided.",
                        attr != null ? attr.expression().range() : dyn.defRange());
                return null;
            }
            return labels;
        }
    }
}
