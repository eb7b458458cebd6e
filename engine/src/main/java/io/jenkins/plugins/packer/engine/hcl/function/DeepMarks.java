package io.jenkins.plugins.packer.engine.hcl.function;

import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes marks from a value and everything nested in it, as go-cty's {@code Value.UnmarkDeep}: the
 * function framework strips arguments this way and puts the collected marks on the result.
 */
public final class DeepMarks {

    private DeepMarks() {
    }

    /** A value without any marks, and the marks that were on it or anywhere inside it. */
    public record Unmarked(Value value, Set<Mark> marks) {
    }

    public static Unmarked unmark(Value v) {
        EnumSet<Mark> found = EnumSet.noneOf(Mark.class);
        Value plain = strip(v, found);
        return new Unmarked(plain, found.isEmpty() ? Set.of() : Set.copyOf(found));
    }

    /** The marks on {@code v} or anywhere inside it. */
    public static Set<Mark> collect(Value v) {
        return unmark(v).marks();
    }

    private static Value strip(Value v, EnumSet<Mark> found) {
        if (!v.containsMarked()) {
            return v;
        }
        found.addAll(v.marks());
        Value own = v.unmark();
        if (own.isNull() || !own.isKnown()) {
            return own;
        }
        Type t = own.type();
        if (t instanceof Type.ListType lt) {
            return Value.list(lt.element(), stripAll(own.elements(), found));
        }
        if (t instanceof Type.SetType st) {
            return Value.set(st.element(), stripAll(own.elements(), found));
        }
        if (t instanceof Type.TupleType) {
            return Value.tuple(stripAll(own.elements(), found));
        }
        if (t instanceof Type.MapType mt) {
            return Value.map(mt.element(), stripAll(own.attributes(), found));
        }
        if (t instanceof Type.ObjectType) {
            return Value.object(stripAll(own.attributes(), found));
        }
        return own;
    }

    private static List<Value> stripAll(List<Value> elements, EnumSet<Mark> found) {
        List<Value> out = new ArrayList<>(elements.size());
        for (Value e : elements) {
            out.add(strip(e, found));
        }
        return out;
    }

    private static Map<String, Value> stripAll(Map<String, Value> attributes, EnumSet<Mark> found) {
        Map<String, Value> out = new LinkedHashMap<>();
        attributes.forEach((k, e) -> out.put(k, strip(e, found)));
        return out;
    }
}
