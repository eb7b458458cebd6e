package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;

/**
 * The value of attribute {@code name}, converted to {@code type}; null of that type when the attribute is
 * absent (a required one is reported missing when the body is read).
 */
public record AttrSpec(String name, Type type, boolean required) implements Spec {

    @Override
    public Value decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx, Diagnostics diags) {
        Attribute attr = content.attributes().get(name);
        if (attr == null) {
            return Value.nullOf(HclDec.withoutOptional(type));
        }
        Value val = attr.expression().value(ctx, diags);
        try {
            return Convert.convert(val, type);
        } catch (ConversionException e) {
            Range subject = attr.expression().range();
            diags.add(new Diagnostic(Severity.ERROR, "Incorrect attribute value type", "Inappropriate value for"
                    + " attribute \"" + name + "\": " + e.getMessage() + ".", subject,
                    Range.between(attr.nameRange(), subject)));
            // an unknown value of the right type keeps the incomplete result usable
            return Value.unknown(HclDec.withoutOptional(type));
        }
    }

    @Override
    public Type impliedType() {
        return type;
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        Attribute attr = content.attributes().get(name);
        return attr == null ? content.missingItemRange() : attr.expression().range();
    }

    @Override
    public List<AttributeSchema> attributeSchemata() {
        return List.of(new AttributeSchema(name, required));
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        Attribute attr = content.attributes().get(name);
        return attr == null ? List.of() : attr.expression().variables();
    }
}
