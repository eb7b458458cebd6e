package io.jenkins.plugins.packer.engine.hcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several bodies read as one, as hashicorp/hcl's {@code MergeBodies}: attributes may be set in only one of
 * them ("Duplicate argument"), blocks are concatenated in order, and required attributes may come from any.
 * Packer uses it to add an in-build {@code source} block's fields to the top-level source.
 */
public final class MergedBody implements Body {

    private final List<Body> bodies;

    private MergedBody(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    public static Body of(List<Body> bodies) {
        return bodies.size() == 1 ? bodies.get(0) : new MergedBody(bodies);
    }

    @Override
    public BodyContent content(BodySchema schema, Diagnostics diags) {
        return merge(schema, diags, false).content();
    }

    @Override
    public PartialContent partialContent(BodySchema schema, Diagnostics diags) {
        return merge(schema, diags, true);
    }

    private PartialContent merge(BodySchema schema, Diagnostics diags, boolean partial) {
        List<BodySchema.AttributeSchema> optional = new ArrayList<>();
        for (BodySchema.AttributeSchema a : schema.attributes()) {
            optional.add(new BodySchema.AttributeSchema(a.name(), false));
        }
        BodySchema relaxed = new BodySchema(optional, schema.blocks());
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<Body> remains = new ArrayList<>();
        for (Body b : bodies) {
            BodyContent c;
            if (partial) {
                PartialContent pc = b.partialContent(relaxed, diags);
                c = pc.content();
                remains.add(pc.remain());
            } else {
                c = b.content(relaxed, diags);
            }
            for (Attribute a : c.attributes().values()) {
                Attribute prev = attrs.get(a.name());
                if (prev != null) {
                    diags.error("Duplicate argument", "Argument \"" + a.name() + "\" was already set at "
                            + prev.nameRange() + ".", a.nameRange());
                    continue;
                }
                attrs.put(a.name(), a);
            }
            blocks.addAll(c.blocks());
        }
        for (BodySchema.AttributeSchema a : schema.attributes()) {
            if (a.required() && !attrs.containsKey(a.name())) {
                diags.error("Missing required argument", "The argument \"" + a.name()
                        + "\" is required, but no definition was found.", missingItemRange());
            }
        }
        BodyContent content = new BodyContent(attrs, blocks, missingItemRange());
        return new PartialContent(content, partial ? new MergedBody(remains) : null);
    }

    @Override
    public Map<String, Attribute> justAttributes(Diagnostics diags) {
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        for (Body b : bodies) {
            for (Attribute a : b.justAttributes(diags).values()) {
                Attribute prev = attrs.get(a.name());
                if (prev != null) {
                    diags.error("Duplicate argument", "Argument \"" + a.name() + "\" was already set at "
                            + prev.nameRange() + ".", a.nameRange());
                    continue;
                }
                attrs.put(a.name(), a);
            }
        }
        return attrs;
    }

    @Override
    public Range missingItemRange() {
        return bodies.get(0).missingItemRange();
    }
}
