package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraint;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an hcldec spec file (hashicorp/hcl {@code cmd/hcldec/spec-format.md}): one root spec block,
 * optional {@code variables} blocks. Supports object, array, attr, block, block_list, block_set, block_map,
 * literal, default and transform.
 */
final class SpecFileReader {

    private static final List<String> SPEC_TYPES = List.of("object", "array", "literal", "attr", "block",
            "block_list", "block_map", "block_set", "default", "transform");
    private static final BodySchema UNLABELLED = schema(List.of());
    private static final BodySchema LABELLED = schema(List.of("key"));
    private static final Spec ERROR_SPEC = new LiteralSpec(Value.NULL);

    /** A spec file: its root spec and its predefined variables. */
    record SpecFile(Spec root, Map<String, Value> variables) {
    }

    private SpecFileReader() {
    }

    static SpecFile read(Body body, Diagnostics diags) {
        Body.PartialContent decls = body.partialContent(new BodySchema(List.of(),
                List.of(new BlockHeaderSchema("variables", List.of()))), diags);
        Map<String, Value> vars = new LinkedHashMap<>();
        for (Block b : decls.content().blocks()) {
            for (Attribute a : b.body().justAttributes(diags).values()) {
                vars.put(a.name(), a.expression().value(EvalContext.empty(), diags));
            }
        }
        BodyContent content = decls.remain().content(UNLABELLED, diags);
        if (content.blocks().size() != 1) {
            diags.error(content.blocks().isEmpty() ? "Missing spec block" : "Extraneous spec block",
                    "A spec file must have exactly one root block specifying how to map to a JSON value.",
                    content.missingItemRange());
            return new SpecFile(ERROR_SPEC, vars);
        }
        return new SpecFile(block(content.blocks().get(0), diags), vars);
    }

    private static Spec block(Block block, Diagnostics diags) {
        String implied = block.labels().isEmpty() ? null : block.labels().get(0);
        Body body = block.body();
        switch (block.type()) {
            case "object": {
                Map<String, Spec> attrs = new LinkedHashMap<>();
                for (Block b : body.content(LABELLED, diags).blocks()) {
                    attrs.put(b.labels().get(0), block(b, diags));
                }
                return new ObjectSpec(attrs);
            }
            case "array": {
                List<Spec> elems = new ArrayList<>();
                for (Block b : body.content(UNLABELLED, diags).blocks()) {
                    elems.add(block(b, diags));
                }
                return new TupleSpec(elems);
            }
            case "attr": {
                BodyContent c = body.content(attrs("name", false, "type", true, "required", false), diags);
                String name = string(c, "name", implied, diags);
                Type type = c.attributes().containsKey("type")
                        ? TypeConstraint.parse(c.attributes().get("type").expression(), diags) : Type.DYNAMIC;
                return new AttrSpec(name, type, bool(c, "required", diags));
            }
            case "block", "block_list", "block_set", "block_map":
                return blockSpec(block.type(), body, implied, diags);
            case "literal": {
                BodyContent c = body.content(attrs("value", true), diags);
                Attribute v = c.attributes().get("value");
                return new LiteralSpec(v == null ? Value.NULL : v.expression().value(EvalContext.empty(), diags));
            }
            case "default": {
                Spec spec = null;
                for (Block b : body.content(UNLABELLED, diags).blocks()) {
                    Spec candidate = block(b, diags);
                    spec = spec == null ? candidate : new DefaultSpec(spec, candidate);
                }
                return spec == null ? ERROR_SPEC : spec;
            }
            case "transform": {
                Body.PartialContent p = body.partialContent(attrs("result", true), diags);
                List<Block> nested = p.remain().content(UNLABELLED, diags).blocks();
                Attribute result = p.content().attributes().get("result");
                if (nested.size() != 1 || result == null) {
                    diags.error("Invalid transform spec", "A transform spec block must have exactly one nested"
                            + " spec block.", body.missingItemRange());
                    return ERROR_SPEC;
                }
                return new TransformSpec(block(nested.get(0), diags), result.expression(), EvalContext.empty(),
                        "nested");
            }
            default:
                diags.error("Invalid spec block", "Blocks of type \"" + block.type() + "\" are not expected here.",
                        block.typeRange());
                return ERROR_SPEC;
        }
    }

    private static Spec blockSpec(String kind, Body body, String implied, Diagnostics diags) {
        BodySchema args = switch (kind) {
            case "block" -> attrs("block_type", false, "required", false);
            case "block_map" -> attrs("block_type", false, "labels", true);
            default -> attrs("block_type", false, "min_items", false, "max_items", false);
        };
        Body.PartialContent p = body.partialContent(args, diags);
        BodyContent c = p.content();
        String type = string(c, "block_type", implied, diags);
        List<Block> nestedBlocks = p.remain().content(UNLABELLED, diags).blocks();
        if (nestedBlocks.size() != 1) {
            diags.error(nestedBlocks.isEmpty() ? "Missing spec block" : "Extraneous spec block",
                    "A block spec must have exactly one child spec specifying how to decode block contents.",
                    body.missingItemRange());
            return ERROR_SPEC;
        }
        Spec nested = block(nestedBlocks.get(0), diags);
        return switch (kind) {
            case "block" -> new BlockSpec(type, nested, bool(c, "required", diags));
            case "block_list" -> new BlockListSpec(type, nested, integer(c, "min_items", diags),
                    integer(c, "max_items", diags));
            case "block_set" -> new BlockSetSpec(type, nested, integer(c, "min_items", diags),
                    integer(c, "max_items", diags));
            default -> new BlockMapSpec(type, labels(c, diags), nested);
        };
    }

    private static BodySchema schema(List<String> labels) {
        return new BodySchema(List.of(), SPEC_TYPES.stream().map(t -> new BlockHeaderSchema(t, labels)).toList());
    }

    /** A schema of attributes given as name, required, name, required, ... */
    private static BodySchema attrs(Object... nameRequired) {
        List<AttributeSchema> list = new ArrayList<>();
        for (int i = 0; i < nameRequired.length; i += 2) {
            list.add(new AttributeSchema((String) nameRequired[i], (Boolean) nameRequired[i + 1]));
        }
        return new BodySchema(list, List.of());
    }

    private static Value literal(BodyContent c, String name, Diagnostics diags) {
        Attribute a = c.attributes().get(name);
        return a == null ? null : a.expression().value(null, diags);
    }

    private static String string(BodyContent c, String name, String fallback, Diagnostics diags) {
        Value v = literal(c, name, diags);
        return v == null || !v.isKnown() || v.isNull() ? fallback : v.asString();
    }

    private static boolean bool(BodyContent c, String name, Diagnostics diags) {
        Value v = literal(c, name, diags);
        return v != null && v.isKnown() && !v.isNull() && v.asBool();
    }

    private static int integer(BodyContent c, String name, Diagnostics diags) {
        Value v = literal(c, name, diags);
        return v == null || !v.isKnown() || v.isNull() ? 0 : v.asNumber().intValueExact();
    }

    private static List<String> labels(BodyContent c, Diagnostics diags) {
        Value v = literal(c, "labels", diags);
        List<String> out = new ArrayList<>();
        if (v != null && v.isKnown() && !v.isNull()) {
            v.elements().forEach(e -> out.add(e.asString()));
        }
        return out;
    }
}
