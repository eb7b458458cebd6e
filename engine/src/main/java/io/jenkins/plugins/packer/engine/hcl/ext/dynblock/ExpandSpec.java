package io.jenkins.plugins.packer.engine.hcl.ext.dynblock;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decoded {@code dynamic} block: the type of the blocks it generates, the {@code for_each} value, the iterator
 * name, the label expressions and the {@code content} body; with hashicorp/hcl's diagnostics for each way it can
 * be wrong.
 */
record ExpandSpec(String blockType, Range blockTypeRange, Range defRange, Value forEach, String iteratorName,
        List<Expression> labelExprs, Body contentBody) {

    private static final BodySchema.BlockHeaderSchema CONTENT = new BodySchema.BlockHeaderSchema("content", List.of());
    private static final BodySchema WITH_LABELS = new BodySchema(List.of(
            new BodySchema.AttributeSchema("for_each", true),
            new BodySchema.AttributeSchema("iterator", false),
            new BodySchema.AttributeSchema("labels", true)), List.of(CONTENT));
    private static final BodySchema WITHOUT_LABELS = new BodySchema(List.of(
            new BodySchema.AttributeSchema("for_each", true),
            new BodySchema.AttributeSchema("iterator", false)), List.of(CONTENT));

    ExpandSpec {
        labelExprs = List.copyOf(labelExprs);
    }

    /** Decodes {@code raw}, a {@code dynamic} block for blocks described by {@code header}; null on errors. */
    static ExpandSpec decode(BodySchema.BlockHeaderSchema header, Block raw, EvalContext forEachCtx,
            Diagnostics diags) {
        BodyContent spec = raw.body().content(header.labelNames().isEmpty() ? WITHOUT_LABELS : WITH_LABELS, diags);
        if (diags.hasErrors()) {
            return null;
        }
        String iteratorName = header.type();
        Attribute iterator = spec.attributes().get("iterator");
        if (iterator != null) {
            Optional<Traversal> t = iterator.expression().asTraversal();
            if (t.isEmpty()) {
                diags.error("Invalid expression", "A single static variable reference is required: only attribute "
                        + "access and indexing with constant keys. No calculations, function calls, template "
                        + "expressions, etc are allowed here.", iterator.expression().range());
                return null;
            }
            if (t.get().steps().size() != 1) {
                diags.error("Invalid dynamic iterator name", "Dynamic iterator must be a single variable name.",
                        t.get().range());
                return null;
            }
            iteratorName = t.get().rootName();
        }

        Attribute eachAttr = spec.attributes().get("for_each");
        Value each = eachAttr.expression().value(forEachCtx, diags);
        if (diags.hasErrors()) {
            return null;
        }
        Value unmarked = each.unmark();
        if (!canIterate(unmarked.type()) && !unmarked.type().isDynamic()) {
            // a dynamic type means null (checked next) or unknown (expanded to one unknown block)
            diags.add(new Diagnostic(Severity.ERROR, "Invalid dynamic for_each value", "Cannot use a "
                    + each.type().friendlyName() + " value in for_each. An iterable collection is required.",
                    eachAttr.expression().range(), null));
            return null;
        }
        if (unmarked.isNull()) {
            diags.error("Invalid dynamic for_each value", "Cannot use a null value in for_each.",
                    eachAttr.expression().range());
            return null;
        }

        List<Expression> labels = List.of();
        Attribute labelsAttr = spec.attributes().get("labels");
        if (labelsAttr != null) {
            Optional<List<Expression>> list = labelsAttr.expression().asList();
            if (list.isEmpty()) {
                diags.error("Invalid expression", "A static list expression is required.",
                        labelsAttr.expression().startRange());
                return null;
            }
            labels = list.get();
            int want = header.labelNames().size();
            if (labels.size() > want) {
                diags.error("Extraneous dynamic block label", "Blocks of type \"" + header.type() + "\" require "
                        + want + " label(s).", labels.get(want).range());
                return null;
            }
            if (labels.size() < want) {
                diags.error("Insufficient dynamic block labels", "Blocks of type \"" + header.type() + "\" require "
                        + want + " label(s).", labelsAttr.expression().range());
                return null;
            }
        }

        if (spec.blocks().isEmpty()) {
            diags.error("Missing dynamic content block", "A dynamic block must have a nested block of type "
                    + "\"content\" to describe the body of each generated block.", spec.missingItemRange());
            return null;
        }
        if (spec.blocks().size() > 1) {
            diags.error("Extraneous dynamic content block", "Only one nested content block is allowed for each "
                    + "dynamic block.", spec.blocks().get(1).defRange());
            return null;
        }
        return new ExpandSpec(header.type(), raw.labelRanges().get(0), raw.defRange(), each, iteratorName, labels,
                spec.blocks().get(0).body());
    }

    private static boolean canIterate(Type t) {
        return t.isCollection() || t instanceof Type.TupleType || t instanceof Type.ObjectType;
    }

    /**
     * The key and value of each element of a known, non-null collection, in cty's order: index and element for
     * lists and tuples, the element twice for sets, name and value for maps and objects (sorted by name).
     */
    static List<Value[]> elements(Value each) {
        List<Value[]> out = new ArrayList<>();
        Type t = each.type();
        if (t instanceof Type.MapType || t instanceof Type.ObjectType) {
            for (Map.Entry<String, Value> e : each.attributes().entrySet()) {
                out.add(new Value[] {Value.string(e.getKey()), e.getValue()});
            }
        } else if (t instanceof Type.SetType) {
            for (Value v : each.elements()) {
                out.add(new Value[] {v, v});
            }
        } else {
            List<Value> elements = each.elements();
            for (int i = 0; i < elements.size(); i++) {
                out.add(new Value[] {Value.number(i), elements.get(i)});
            }
        }
        return out;
    }

    /** The block of one iteration: its labels evaluated with the iterator in scope, the content as its body. */
    Block newBlock(Iteration it, EvalContext ctx, Diagnostics diags) {
        EvalContext labelCtx = Iteration.context(it, ctx);
        List<String> labels = new ArrayList<>();
        List<Range> labelRanges = new ArrayList<>();
        for (Expression expr : labelExprs) {
            Diagnostics labelDiags = new Diagnostics();
            Value v = expr.value(labelCtx, labelDiags);
            diags.addAll(labelDiags);
            if (labelDiags.hasErrors()) {
                return null;
            }
            try {
                v = Convert.convert(v, Type.STRING);
            } catch (ConversionException e) {
                return invalidLabel("Cannot use this value as a dynamic block label: " + e.getMessage() + ".", expr,
                        diags);
            }
            if (v.isNull()) {
                return invalidLabel("Cannot use a null value as a dynamic block label.", expr, diags);
            }
            if (!v.isKnown()) {
                return invalidLabel("This value is not yet known. Dynamic block labels must be immediately-known "
                        + "values.", expr, diags);
            }
            if (v.isMarked()) {
                return invalidLabel("This value has dynamic marks that make it unsuitable for use as a block "
                        + "label.", expr, diags);
            }
            labels.add(v.asString());
            labelRanges.add(expr.range());
        }
        return new Block(blockType, labels, contentBody, defRange, blockTypeRange, labelRanges);
    }

    private static Block invalidLabel(String detail, Expression expr, Diagnostics diags) {
        diags.error("Invalid dynamic block label", detail, expr.range());
        return null;
    }
}
