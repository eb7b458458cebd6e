package io.jenkins.plugins.packer.engine.hcl.typeexpr;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code object({name = T, other = optional(T, default)})} for {@link TypeConstraint}. */
final class ObjectTypeReader {

    private final TypeConstraint reader;

    ObjectTypeReader(TypeConstraint reader) {
        this.reader = reader;
    }

    TypeConstraintWithDefaults read(Expression whole, Expression arg) {
        Optional<List<Expression.KeyValue>> items = arg.asMap();
        if (items.isEmpty()) {
            reader.report(TypeConstraint.INVALID, "Object type constructor requires a map whose keys are attribute "
                    + "names and whose values are the corresponding attribute types.", arg.range(), whole.range());
            return new TypeConstraintWithDefaults(Type.DYNAMIC, null);
        }
        Map<String, Type> attrs = new LinkedHashMap<>();
        Map<String, Value> defaults = new LinkedHashMap<>();
        Map<String, Defaults> children = new LinkedHashMap<>();
        Set<String> optional = new LinkedHashSet<>();
        for (Expression.KeyValue item : items.get()) {
            Optional<String> name = item.key().asKeyword();
            if (name.isEmpty()) {
                reader.report(TypeConstraint.INVALID, "Object constructor map keys must be attribute names.",
                        item.key().range(), whole.range());
                continue;
            }
            String attr = name.get();
            Expression typeExpr = item.value();
            Expression defaultExpr = null;
            Value defaultValue = null;
            Optional<Expression.StaticCall> call = typeExpr.asCall();
            if (call.isPresent() && call.get().name().equals("optional")) {
                Expression.StaticCall c = call.get();
                if (c.arguments().isEmpty()) {
                    reader.report(TypeConstraint.INVALID, "Optional attribute modifier requires the attribute type as "
                            + "its argument.", c.argumentsRange(), typeExpr.range());
                    continue;
                }
                if (!reader.constraint()) {
                    reader.report(TypeConstraint.INVALID, "Optional attribute modifier is only for type constraints, "
                            + "not for exact types.", c.nameRange(), typeExpr.range());
                } else if (reader.withDefaults()) {
                    if (c.arguments().size() == 2) {
                        defaultExpr = c.arguments().get(1);
                        Diagnostics own = new Diagnostics();
                        Value v = defaultExpr.value(EvalContext.empty(), own);
                        reader.diagnostics().addAll(own);
                        if (!own.hasErrors()) {
                            optional.add(attr);
                            defaultValue = v;
                        }
                    } else if (c.arguments().size() == 1) {
                        optional.add(attr);
                    } else {
                        reader.report(TypeConstraint.INVALID, "Optional attribute modifier expects at most two "
                                + "arguments: the attribute type, and a default value.", c.argumentsRange(),
                                typeExpr.range());
                    }
                } else if (c.arguments().size() == 1) {
                    optional.add(attr);
                } else {
                    reader.report(TypeConstraint.INVALID, "Optional attribute modifier expects only one argument: the "
                            + "attribute type.", c.argumentsRange(), typeExpr.range());
                }
                typeExpr = c.arguments().get(0);
            }
            TypeConstraintWithDefaults attrType = reader.readNested(typeExpr);
            if (defaultValue != null) {
                Value converted = reader.convertDefault(defaultValue, attrType.type(), defaultExpr);
                if (converted != null) {
                    defaults.put(attr, converted);
                }
            }
            attrs.put(attr, attrType.type());
            if (attrType.defaults() != null) {
                children.put(attr, attrType.defaults());
            }
        }
        Type t = TypeConstraint.object(attrs, optional);
        if (defaults.isEmpty() && children.isEmpty()) {
            return new TypeConstraintWithDefaults(t, null);
        }
        return new TypeConstraintWithDefaults(t, new Defaults(t, defaults, children));
    }
}
