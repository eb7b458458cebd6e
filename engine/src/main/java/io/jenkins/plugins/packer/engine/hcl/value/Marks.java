package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Deep operations on {@link Mark marks}: collecting, removing and combining them across nested values. */
public final class Marks {

    private Marks() {
    }

    /** Every mark on {@code v} or on anything nested in it. */
    public static Set<Mark> collectDeep(Value v) {
        EnumSet<Mark> all = EnumSet.noneOf(Mark.class);
        collect(v, all);
        return all;
    }

    private static void collect(Value v, Set<Mark> into) {
        into.addAll(v.marks());
        if (!v.isKnown() || v.isNull()) {
            return;
        }
        if (isSequence(v.type())) {
            for (Value e : v.elements()) {
                collect(e, into);
            }
        } else if (isMapping(v.type())) {
            for (Value e : v.attributes().values()) {
                collect(e, into);
            }
        }
    }

    /** {@code v} with no marks anywhere. */
    public static Value unmarkDeep(Value v) {
        if (!v.containsMarked()) {
            return v;
        }
        return rebuild(v.unmark(), Marks::unmarkDeep);
    }

    /** The union of the marks of the given values (their own marks, not nested ones). */
    public static Set<Mark> union(Value... values) {
        EnumSet<Mark> all = EnumSet.noneOf(Mark.class);
        for (Value v : values) {
            all.addAll(v.marks());
        }
        return all;
    }

    /** The union of the marks of the given values (their own marks, not nested ones). */
    public static Set<Mark> union(Collection<Value> values) {
        EnumSet<Mark> all = EnumSet.noneOf(Mark.class);
        for (Value v : values) {
            all.addAll(v.marks());
        }
        return all;
    }

    /** {@code v} with its nested marks moved onto itself, as cty does before most operations. */
    public static Value hoist(Value v) {
        Set<Mark> deep = collectDeep(v);
        return unmarkDeep(v).withMarks(deep);
    }

    /** {@code v} rebuilt with {@code f} applied to each direct element; {@code v}'s own marks are kept. */
    static Value rebuild(Value v, UnaryOperator<Value> f) {
        if (!v.isKnown() || v.isNull()) {
            return v;
        }
        Type t = v.type();
        Value out;
        if (t instanceof Type.ListType l) {
            out = Value.list(l.element(), map(v.elements(), f));
        } else if (t instanceof Type.SetType s) {
            out = Value.set(s.element(), map(v.elements(), f));
        } else if (t instanceof Type.TupleType) {
            out = Value.tuple(map(v.elements(), f));
        } else if (t instanceof Type.MapType m) {
            out = Value.map(m.element(), map(v.attributes(), f));
        } else if (t instanceof Type.ObjectType) {
            out = Value.object(map(v.attributes(), f));
        } else {
            return v;
        }
        return out.withMarks(v.marks());
    }

    private static List<Value> map(List<Value> in, UnaryOperator<Value> f) {
        List<Value> out = new ArrayList<>(in.size());
        for (Value e : in) {
            out.add(f.apply(e));
        }
        return out;
    }

    private static Map<String, Value> map(Map<String, Value> in, UnaryOperator<Value> f) {
        Map<String, Value> out = new LinkedHashMap<>();
        in.forEach((k, e) -> out.put(k, f.apply(e)));
        return out;
    }

    private static boolean isSequence(Type t) {
        return t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType;
    }

    private static boolean isMapping(Type t) {
        return t instanceof Type.MapType || t instanceof Type.ObjectType;
    }
}
