package io.jenkins.plugins.packer.engine.hcl.json;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ArrayNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.BoolNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.NullNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.NumberNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.ObjectNode;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.Property;
import io.jenkins.plugins.packer.engine.hcl.json.JsonNode.StringNode;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An expression in the HCL JSON syntax. Numbers, booleans, null, arrays (tuples) and objects are literal
 * values; a string is a native-syntax template in full expression mode (non-null context) and a plain
 * string in literal-only mode ({@code null} context). Object property names are templates too.
 */
final class JsonExpression implements Expression {

    private final JsonNode node;

    JsonExpression(JsonNode node) {
        this.node = node;
    }

    @Override
    public Value value(EvalContext ctx, Diagnostics diags) {
        if (node instanceof StringNode s) {
            if (ctx == null) {
                return Value.string(s.value());
            }
            Expression template = NativeSyntax.template(s, diags);
            return template == null ? Value.DYNAMIC : template.value(ctx, diags);
        }
        if (node instanceof NumberNode n) {
            return Value.number(n.value());
        }
        if (node instanceof BoolNode b) {
            return Value.bool(b.value());
        }
        if (node instanceof NullNode) {
            return Value.NULL;
        }
        if (node instanceof ArrayNode a) {
            List<Value> elements = new ArrayList<>(a.values().size());
            for (JsonNode e : a.values()) {
                elements.add(new JsonExpression(e).value(ctx, diags));
            }
            return Value.tuple(elements);
        }
        if (node instanceof ObjectNode o) {
            return object(o, ctx, diags);
        }
        return Value.DYNAMIC; // an invalid node: its diagnostic came from the parser
    }

    private Value object(ObjectNode o, EvalContext ctx, Diagnostics diags) {
        Map<String, Value> attrs = new LinkedHashMap<>();
        Map<String, Range> ranges = new LinkedHashMap<>();
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        boolean known = true;
        for (Property p : o.properties()) {
            Value name = new JsonExpression(new StringNode(p.name(), p.nameRange())).value(ctx, diags);
            Value val = new JsonExpression(p.value()).value(ctx, diags);
            marks.addAll(name.marks());
            name = name.unmark();
            Value key;
            try {
                key = Convert.convert(name, Type.STRING);
            } catch (ConversionException e) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid object key expression",
                        "Cannot use this expression as an object key: " + e.getMessage() + ".", p.nameRange(), null));
                continue;
            }
            if (key.isNull()) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid object key expression",
                        "Cannot use null value as an object key.", p.nameRange(), null));
                continue;
            }
            if (!key.isKnown()) {
                known = false; // the object's type cannot be known; keep going to find other errors
                continue;
            }
            String k = key.asString();
            if (attrs.containsKey(k)) {
                diags.add(new Diagnostic(Severity.ERROR, "Duplicate object attribute", "An attribute named "
                        + Quote.go(k) + " was already defined at " + ranges.get(k) + ".", p.nameRange(), null));
                continue;
            }
            attrs.put(k, val);
            ranges.put(k, p.nameRange());
        }
        Value result = known ? Value.object(attrs) : Value.DYNAMIC;
        return result.withMarks(marks);
    }

    @Override
    public List<Traversal> variables() {
        List<Traversal> vars = new ArrayList<>();
        if (node instanceof StringNode s) {
            Expression template = NativeSyntax.template(s, new Diagnostics());
            if (template != null) {
                vars.addAll(template.variables());
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode e : a.values()) {
                vars.addAll(new JsonExpression(e).variables());
            }
        } else if (node instanceof ObjectNode o) {
            for (Property p : o.properties()) {
                vars.addAll(new JsonExpression(new StringNode(p.name(), p.nameRange())).variables());
                vars.addAll(new JsonExpression(p.value()).variables());
            }
        }
        return vars;
    }

    @Override
    public Range range() {
        return node.range();
    }

    @Override
    public Range startRange() {
        return node.startRange();
    }

    @Override
    public Optional<List<Expression>> asList() {
        if (node instanceof ArrayNode a) {
            List<Expression> items = new ArrayList<>();
            a.values().forEach(e -> items.add(new JsonExpression(e)));
            return Optional.of(items);
        }
        return Optional.empty();
    }

    @Override
    public Optional<List<KeyValue>> asMap() {
        if (node instanceof ObjectNode o) {
            List<KeyValue> items = new ArrayList<>();
            for (Property p : o.properties()) {
                items.add(new KeyValue(new JsonExpression(new StringNode(p.name(), p.nameRange())),
                        new JsonExpression(p.value())));
            }
            return Optional.of(items);
        }
        return Optional.empty();
    }

    /** A string holding a native-syntax traversal such as {@code "var.foo"} (not a template). */
    @Override
    public Optional<Traversal> asTraversal() {
        if (node instanceof StringNode s) {
            Expression expr = NativeSyntax.expression(s);
            return expr == null ? Optional.empty() : expr.asTraversal();
        }
        return Optional.empty();
    }

    /** A string holding a native-syntax call such as {@code "list(string)"} (not a template). */
    @Override
    public Optional<StaticCall> asCall() {
        if (node instanceof StringNode s) {
            Expression expr = NativeSyntax.expression(s);
            return expr == null ? Optional.empty() : expr.asCall();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "JsonExpression" + node.range();
    }
}
