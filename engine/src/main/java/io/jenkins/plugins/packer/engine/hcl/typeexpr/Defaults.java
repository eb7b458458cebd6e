package io.jenkins.plugins.packer.engine.hcl.typeexpr;

import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default values of optional object attributes in a type constraint, as a tree following the type
 * (hcl typeexpr.Defaults): {@code defaultValues} by attribute name at this level, {@code children} for nested
 * types, keyed by attribute name (objects), element index (tuples) or {@code ""} (lists, sets, maps).
 *
 * <p>{@link #apply(Value)} fills in missing or null attributes with their defaults. It works on the value
 * before conversion (as Terraform does: apply, then convert) and also after conversion, where missing optional
 * attributes have become null. It never fails: a value that does not fit is left for the conversion to report.
 */
public final class Defaults {

    private final Type type;
    private final Map<String, Value> defaultValues;
    private final Map<String, Defaults> children;

    public Defaults(Type type, Map<String, Value> defaultValues, Map<String, Defaults> children) {
        this.type = type;
        this.defaultValues = Map.copyOf(defaultValues);
        this.children = Map.copyOf(children);
    }

    public Type type() {
        return type;
    }

    public Map<String, Value> defaultValues() {
        return defaultValues;
    }

    public Map<String, Defaults> children() {
        return children;
    }

    /** Applies the defaults of {@code constraint} to {@code v}; returns {@code v} when it has none. */
    public static Value apply(Value v, TypeConstraintWithDefaults constraint) {
        return constraint.defaults() == null ? v : constraint.defaults().apply(v);
    }

    /** {@code v} with defaults filled in wherever an optional attribute is missing or null. */
    public Value apply(Value v) {
        if (!v.isKnown() || v.isNull() || defaultValues.isEmpty() && children.isEmpty()) {
            return v;
        }
        Value u = v.unmark();
        Type t = u.type();
        Value result;
        if (t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType) {
            List<Value> values = new ArrayList<>();
            List<Value> elems = u.elements();
            for (int i = 0; i < elems.size(); i++) {
                Defaults child = child(i);
                values.add(child == null ? elems.get(i) : child.apply(elems.get(i)));
            }
            result = sequence(t, values);
        } else if (t instanceof Type.ObjectType || t instanceof Type.MapType) {
            Map<String, Value> values = new LinkedHashMap<>();
            u.attributes().forEach((k, e) -> {
                Defaults child = child(k);
                values.put(k, child == null ? e : child.apply(e));
            });
            defaultValues.forEach((k, d) -> {
                Value existing = values.get(k);
                if (existing == null || existing.isNull()) {
                    Defaults child = children.get(k);
                    values.put(k, child == null ? d : child.apply(d));
                }
            });
            result = mapping(t, values);
        } else {
            return v;
        }
        return result.withMarks(v.marks());
    }

    private Defaults child(int index) {
        if (type instanceof Type.TupleType) {
            return children.get(Integer.toString(index));
        }
        return children.get("");
    }

    private Defaults child(String key) {
        if (type instanceof Type.ObjectType) {
            return children.get(key);
        }
        return children.get("");
    }

    private static Value sequence(Type t, List<Value> values) {
        if (t instanceof Type.TupleType) {
            return Value.tuple(values);
        }
        Type el = t instanceof Type.ListType l ? l.element() : ((Type.SetType) t).element();
        if (values.isEmpty()) {
            return t instanceof Type.ListType ? Value.list(el, List.of()) : Value.set(el, List.of());
        }
        Optional<List<Value>> unified = unify(values);
        if (unified.isPresent()) {
            Type ut = unified.get().get(0).type();
            return t instanceof Type.ListType ? Value.list(ut, unified.get()) : Value.set(ut, unified.get());
        }
        return Value.tuple(values);
    }

    private static Value mapping(Type t, Map<String, Value> values) {
        if (t instanceof Type.MapType m) {
            if (values.isEmpty()) {
                return Value.map(m.element(), Map.of());
            }
            List<String> keys = new ArrayList<>(values.keySet());
            Optional<List<Value>> unified = unify(new ArrayList<>(values.values()));
            if (unified.isPresent()) {
                Map<String, Value> out = new LinkedHashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    out.put(keys.get(i), unified.get().get(i));
                }
                return Value.map(unified.get().get(0).type(), out);
            }
        }
        return Value.object(values);
    }

    /** The values converted to their unified type (unsafe unification), or empty when that fails. */
    private static Optional<List<Value>> unify(List<Value> values) {
        List<Type> types = new ArrayList<>();
        for (Value v : values) {
            types.add(v.type());
        }
        Optional<Type> ut = Convert.unifyUnsafe(types);
        if (ut.isEmpty()) {
            return Optional.empty();
        }
        List<Value> out = new ArrayList<>();
        for (Value v : values) {
            try {
                out.add(Convert.convert(v, ut.get()));
            } catch (ConversionException e) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    @Override
    public String toString() {
        return "Defaults[" + type + ", " + defaultValues + ", " + children + "]";
    }
}
