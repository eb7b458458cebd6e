package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.Defaults;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraint;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraintWithDefaults;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decodes {@code variable} and {@code variables} blocks into {@link VariableDecl}s. */
final class VariableDecoder {

    private static final BodySchema VARIABLE_SCHEMA = new BodySchema(
            List.of(new BodySchema.AttributeSchema("description", false),
                    new BodySchema.AttributeSchema("default", false),
                    new BodySchema.AttributeSchema("type", false),
                    new BodySchema.AttributeSchema("sensitive", false)),
            List.of(new BodySchema.BlockHeaderSchema("validation", List.of())));

    private static final BodySchema VALIDATION_SCHEMA = new BodySchema(
            List.of(new BodySchema.AttributeSchema("condition", true),
                    new BodySchema.AttributeSchema("error_message", true)),
            List.of());

    private final EvalContext defaultsContext;

    /** @param environment process environment, for {@code env()} in defaults */
    VariableDecoder(Map<String, String> environment) {
        this.defaultsContext = EvalContext.of(Map.of(), Map.of("env", new EnvFunction(environment)));
    }

    /** {@code variable "name" { type, default, description, sensitive, validation {} }}. */
    VariableDecl decodeBlock(Block block, Diagnostics diags) {
        String name = block.labels().get(0);
        BodyContent content = block.body().content(VARIABLE_SCHEMA, diags);
        String description = "";
        Attribute descAttr = content.attributes().get("description");
        if (descAttr != null) {
            Value d = descAttr.expression().value(EvalContext.empty(), diags);
            description = d.isKnown() && !d.isNull() && d.type() == Type.STRING ? d.asString() : "";
        }
        boolean sensitive = false;
        Attribute sensAttr = content.attributes().get("sensitive");
        if (sensAttr != null) {
            Value s = sensAttr.expression().value(EvalContext.empty(), diags);
            try {
                Value b = Convert.convert(s, Type.BOOL);
                sensitive = b.isKnown() && !b.isNull() && b.asBool();
            } catch (ConversionException e) {
                diags.error("Incorrect attribute value type", "Inappropriate value for attribute \"sensitive\": "
                        + e.getMessage() + ".", sensAttr.expression().range());
            }
        }
        TypeConstraintWithDefaults constraint = null;
        Attribute typeAttr = content.attributes().get("type");
        if (typeAttr != null) {
            Diagnostics typeDiags = new Diagnostics();
            constraint = TypeConstraint.parseWithDefaults(typeAttr.expression(), typeDiags);
            diags.addAll(typeDiags);
            if (typeDiags.hasErrors()) {
                constraint = null;
            }
        }
        Value defaultValue = null;
        Attribute defAttr = content.attributes().get("default");
        if (defAttr != null) {
            Diagnostics defDiags = new Diagnostics();
            defaultValue = defAttr.expression().value(defaultsContext, defDiags);
            diags.addAll(defDiags);
            if (defDiags.hasErrors()) {
                defaultValue = Value.DYNAMIC;
            } else if (constraint != null) {
                try {
                    defaultValue = Convert.convert(Defaults.apply(defaultValue, constraint), constraint.type());
                } catch (ConversionException e) {
                    diags.error("Invalid default value for variable",
                            "This default value is not compatible with the variable's type constraint: "
                                    + e.messageWithPath() + ".", defAttr.expression().range());
                    defaultValue = Value.DYNAMIC;
                }
            }
        }
        List<VariableDecl.Validation> validations = new ArrayList<>();
        for (Block v : content.blocksOfType("validation")) {
            VariableDecl.Validation val = decodeValidation(name, v, diags);
            if (val != null) {
                validations.add(val);
            }
        }
        return new VariableDecl(name, constraint, defaultValue, description, sensitive, validations,
                block.defRange());
    }

    /** Each attribute of a legacy {@code variables {}} block: a variable whose type is its default's type. */
    List<VariableDecl> decodeVariablesBlock(Block block, Diagnostics diags) {
        List<VariableDecl> out = new ArrayList<>();
        for (Attribute attr : block.body().justAttributes(diags).values()) {
            Diagnostics d = new Diagnostics();
            Value v = attr.expression().value(defaultsContext, d);
            diags.addAll(d);
            if (d.hasErrors()) {
                continue;
            }
            out.add(new VariableDecl(attr.name(), new TypeConstraintWithDefaults(v.type(), null), v, "", false,
                    List.of(), attr.nameRange()));
        }
        return out;
    }

    private VariableDecl.Validation decodeValidation(String name, Block block, Diagnostics diags) {
        Diagnostics local = new Diagnostics();
        BodyContent c = block.body().content(VALIDATION_SCHEMA, local);
        diags.addAll(local);
        Attribute cond = c.attributes().get("condition");
        Attribute msg = c.attributes().get("error_message");
        if (cond == null || msg == null) {
            return null;
        }
        boolean ok = true;
        for (Traversal t : cond.expression().variables()) {
            boolean self = t.rootName().equals("var") && t.steps().size() > 1
                    && t.steps().get(1) instanceof Traversal.Attr a && a.name().equals(name);
            if (!self) {
                diags.error("Invalid reference in variable validation",
                        "The condition for variable \"" + name + "\" can only refer to the variable itself, using var."
                                + name + ".", t.range());
                ok = false;
            }
        }
        if (cond.expression().variables().isEmpty()) {
            diags.error("Invalid variable validation condition",
                    "The condition for variable \"" + name + "\" must refer to var." + name
                            + " in order to test incoming values.", cond.expression().range());
            ok = false;
        }
        Value m = msg.expression().value(EvalContext.empty(), new Diagnostics());
        if (m.isKnown() && !m.isNull() && m.type() == Type.STRING) {
            String text = m.asString().trim();
            if (text.isEmpty()) {
                diags.error("Invalid validation error message", "An empty string is not a valid nor useful error "
                        + "message.", msg.expression().range());
                ok = false;
            } else if (!looksLikeSentences(text)) {
                diags.error("Invalid validation error message",
                        "Validation error message must be at least one full English sentence starting with an "
                                + "uppercase letter and ending with a period or question mark.",
                        msg.expression().range());
                ok = false;
            }
        }
        return ok ? new VariableDecl.Validation(cond.expression(), msg.expression(), block.defRange()) : null;
    }

    /** Packer's check: starts with an uppercase letter (when it starts with a letter), ends with . ? or !. */
    static boolean looksLikeSentences(String s) {
        int first = s.codePointAt(0);
        int last = s.codePointBefore(s.length());
        if (Character.isLetter(first) && !Character.isUpperCase(first)) {
            return false;
        }
        return last == '.' || last == '?' || last == '!';
    }
}
