package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provisioner body with one source's {@code override} applied: the override's attributes replace (or add to)
 * the body's, as Packer merges the override map last into the provisioner's configuration.
 */
final class OverrideBody implements Body {

    private final Body base;
    private final Map<String, Value> overrides;
    private final Range range;

    private OverrideBody(Body base, Map<String, Value> overrides, Range range) {
        this.base = base;
        this.overrides = overrides;
        this.range = range;
    }

    static Body of(Body base, Map<String, Value> overrides, Range range) {
        return overrides.isEmpty() ? base : new OverrideBody(base, overrides, range);
    }

    @Override
    public BodyContent content(BodySchema schema, Diagnostics diags) {
        BodyContent c = base.content(relax(schema), diags);
        return new BodyContent(apply(c.attributes(), schema, diags), c.blocks(), c.missingItemRange());
    }

    @Override
    public PartialContent partialContent(BodySchema schema, Diagnostics diags) {
        PartialContent pc = base.partialContent(relax(schema), diags);
        Map<String, Value> rest = new LinkedHashMap<>(overrides);
        schema.attributes().forEach(a -> rest.remove(a.name()));
        Map<String, Value> mine = new LinkedHashMap<>(overrides);
        mine.keySet().removeAll(rest.keySet());
        BodyContent c = pc.content();
        Map<String, Attribute> attrs = new LinkedHashMap<>(c.attributes());
        mine.forEach((k, v) -> attrs.put(k, literal(k, v)));
        return new PartialContent(new BodyContent(attrs, c.blocks(), c.missingItemRange()),
                OverrideBody.of(pc.remain(), rest, range));
    }

    @Override
    public Map<String, Attribute> justAttributes(Diagnostics diags) {
        Map<String, Attribute> attrs = new LinkedHashMap<>(base.justAttributes(diags));
        overrides.forEach((k, v) -> attrs.put(k, literal(k, v)));
        return attrs;
    }

    @Override
    public Range missingItemRange() {
        return base.missingItemRange();
    }

    private BodySchema relax(BodySchema schema) {
        List<BodySchema.AttributeSchema> attrs = new ArrayList<>();
        for (BodySchema.AttributeSchema a : schema.attributes()) {
            attrs.add(overrides.containsKey(a.name()) ? new BodySchema.AttributeSchema(a.name(), false) : a);
        }
        return new BodySchema(attrs, schema.blocks());
    }

    private Map<String, Attribute> apply(Map<String, Attribute> attrs, BodySchema schema, Diagnostics diags) {
        Map<String, Attribute> out = new LinkedHashMap<>(attrs);
        for (Map.Entry<String, Value> e : overrides.entrySet()) {
            boolean known = schema.attributes().stream().anyMatch(a -> a.name().equals(e.getKey()));
            if (!known) {
                diags.error("Unsupported argument", "An argument named \"" + e.getKey() + "\" is not expected here "
                        + "(in override).", range);
                continue;
            }
            out.put(e.getKey(), literal(e.getKey(), e.getValue()));
        }
        return out;
    }

    private Attribute literal(String name, Value v) {
        return new Attribute(name, new LiteralExpression(v, range), range, range);
    }
}
