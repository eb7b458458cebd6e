package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.NameSuggestion;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ArrayNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ObjectNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body in the HCL JSON syntax: a JSON object, or a JSON array of objects whose properties are visited in
 * order. The schema decides which properties are attributes and which are blocks; nested object levels
 * give block labels (see hashicorp/hcl {@code json/spec.md}). The property {@code "//"} is a comment.
 */
final class JsonBody implements Body {

    private static final String COMMENT = "//";

    private final JsonNode val;
    /** Properties already decoded by an earlier {@link #partialContent} and hidden from this body. */
    private final Set<String> hidden;

    JsonBody(JsonNode val) {
        this(val, Set.of());
    }

    private JsonBody(JsonNode val, Set<String> hidden) {
        this.val = val;
        this.hidden = Set.copyOf(hidden);
    }

    @Override
    public BodyContent content(BodySchema schema, Diagnostics diags) {
        PartialContent partial = partialContent(schema, diags);
        Set<String> used = ((JsonBody) partial.remain()).hidden;
        List<String> suggestions = new ArrayList<>();
        for (AttributeSchema a : schema.attributes()) {
            if (!used.contains(a.name())) {
                suggestions.add(a.name());
            }
        }
        for (BlockHeaderSchema b : schema.blocks()) {
            suggestions.add(b.type());
        }
        for (Property p : JsonBlocks.collectDeepAttrs(val, null, new Diagnostics())) {
            if (p.name().equals(COMMENT) || used.contains(p.name())) {
                continue;
            }
            diags.add(new Diagnostic(Severity.ERROR, "Extraneous JSON object property",
                    "No argument or block type is named " + Quote.go(p.name()) + "."
                            + NameSuggestion.didYouMean(p.name(), suggestions),
                    p.nameRange(), p.nameRange()));
        }
        return partial.content();
    }

    @Override
    public PartialContent partialContent(BodySchema schema, Diagnostics diags) {
        List<Property> props = JsonBlocks.collectDeepAttrs(val, null, diags);
        Set<String> used = new HashSet<>(hidden);
        Map<String, AttributeSchema> attrSchemas = new LinkedHashMap<>();
        schema.attributes().forEach(a -> attrSchemas.put(a.name(), a));
        Map<String, BlockHeaderSchema> blockSchemas = new LinkedHashMap<>();
        schema.blocks().forEach(b -> blockSchemas.put(b.type(), b));

        Map<String, Attribute> attrs = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        for (Property p : props) {
            String name = p.name();
            if (hidden.contains(name)) {
                continue;
            }
            if (attrSchemas.containsKey(name)) {
                Attribute existing = attrs.get(name);
                if (existing != null) {
                    diags.add(new Diagnostic(Severity.ERROR, "Duplicate argument", "The argument " + Quote.go(name)
                            + " was already set at " + existing.range() + ".", p.nameRange(), attributeRange(p)));
                    continue;
                }
                attrs.put(name, attribute(p));
                used.add(name);
            } else if (blockSchemas.containsKey(name)) {
                JsonBlocks.unpack(p.value(), name, p.nameRange(), blockSchemas.get(name).labelNames(), blocks,
                        diags);
                used.add(name);
            }
            // anything else is left for a later decoding: that is the partial-content contract
        }
        for (AttributeSchema a : schema.attributes()) {
            if (a.required() && !attrs.containsKey(a.name())) {
                diags.error("Missing required argument", "The argument " + Quote.go(a.name())
                        + " is required, but no definition was found.", missingItemRange());
            }
        }
        BodyContent content = new BodyContent(attrs, blocks, missingItemRange());
        return new PartialContent(content, new JsonBody(val, used));
    }

    @Override
    public Map<String, Attribute> justAttributes(Diagnostics diags) {
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        if (!(val instanceof ObjectNode obj)) {
            diags.error("Incorrect JSON value type",
                    "A JSON object is required here, setting the arguments for this block.", val.startRange());
            return attrs;
        }
        for (Property p : obj.properties()) {
            String name = p.name();
            if (name.equals(COMMENT) || hidden.contains(name)) {
                continue;
            }
            Attribute existing = attrs.get(name);
            if (existing != null) {
                diags.error("Duplicate attribute definition", "The argument " + Quote.go(name)
                        + " was already set at " + existing.range() + ".", p.nameRange());
                continue;
            }
            attrs.put(name, attribute(p));
        }
        return attrs;
    }

    @Override
    public Range missingItemRange() {
        if (val instanceof ObjectNode o) {
            return o.closeRange();
        }
        if (val instanceof ArrayNode a) {
            return a.openRange();
        }
        return val.startRange();
    }

    private static Attribute attribute(Property p) {
        return new Attribute(p.name(), new JsonExpression(p.value()), attributeRange(p), p.nameRange());
    }

    private static Range attributeRange(Property p) {
        return Range.between(p.nameRange(), p.value().range());
    }

    @Override
    public String toString() {
        return "JsonBody" + val.range();
    }
}
