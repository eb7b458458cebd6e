package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * cty's {@code Value.Equals}: values of different types are never equal ({@code 1 == "1"} is false, a list is
 * not equal to a tuple), nulls of any type are equal to each other, and unknowns make the answer unknown
 * unless the types alone already decide it. The result carries the marks of both operands (at any depth).
 */
final class Equality {

    private Equality() {
    }

    static Value equal(Value a, Value b) {
        Set<Mark> marks = Marks.collectDeep(a);
        marks.addAll(Marks.collectDeep(b));
        return compare(Marks.unmarkDeep(a), Marks.unmarkDeep(b)).withMarks(marks);
    }

    private static Value compare(Value a, Value b) {
        if (!a.isKnown() && !b.isKnown()) {
            return Value.unknown(Type.BOOL);
        }
        if (!a.isKnown() || !b.isKnown()) {
            Value known = a.isKnown() ? a : b;
            Value unknown = a.isKnown() ? b : a;
            if (known.isNull() || unknown.type().hasDynamic()) {
                return Value.unknown(Type.BOOL);
            }
            return known.type().equals(unknown.type()) ? Value.unknown(Type.BOOL) : Value.FALSE;
        }
        if (a.isNull() || b.isNull()) {
            return Value.bool(a.isNull() && b.isNull());
        }
        if (a.type().hasDynamic() || b.type().hasDynamic()) {
            if (!conforms(a.type(), b.type()) && !conforms(b.type(), a.type())) {
                return Value.FALSE;
            }
            return Value.unknown(Type.BOOL);
        }
        if (!a.type().equals(b.type())) {
            return Value.FALSE;
        }
        Type t = a.type();
        if (t == Type.NUMBER) {
            return Value.bool(a.asNumber().compareTo(b.asNumber()) == 0);
        }
        if (t == Type.STRING) {
            return Value.bool(a.asString().equals(b.asString()));
        }
        if (t == Type.BOOL) {
            return Value.bool(a.asBool() == b.asBool());
        }
        if (t instanceof Type.SetType) {
            return sets(a.elements(), b.elements());
        }
        if (t instanceof Type.ListType || t instanceof Type.TupleType) {
            return sequences(a.elements(), b.elements());
        }
        return mappings(a.attributes(), b.attributes());
    }

    private static Value sequences(List<Value> a, List<Value> b) {
        if (a.size() != b.size()) {
            return Value.FALSE;
        }
        boolean unknown = false;
        for (int i = 0; i < a.size(); i++) {
            Value eq = compare(a.get(i), b.get(i));
            if (!eq.isKnown()) {
                unknown = true;
            } else if (!eq.asBool()) {
                return Value.FALSE;
            }
        }
        return unknown ? Value.unknown(Type.BOOL) : Value.TRUE;
    }

    private static Value mappings(Map<String, Value> a, Map<String, Value> b) {
        if (!a.keySet().equals(b.keySet())) {
            return Value.FALSE;
        }
        boolean unknown = false;
        for (Map.Entry<String, Value> e : a.entrySet()) {
            Value eq = compare(e.getValue(), b.get(e.getKey()));
            if (!eq.isKnown()) {
                unknown = true;
            } else if (!eq.asBool()) {
                return Value.FALSE;
            }
        }
        return unknown ? Value.unknown(Type.BOOL) : Value.TRUE;
    }

    private static Value sets(List<Value> a, List<Value> b) {
        for (Value v : a) {
            if (!v.isKnown()) {
                return Value.unknown(Type.BOOL);
            }
        }
        for (Value v : b) {
            if (!v.isKnown()) {
                return Value.unknown(Type.BOOL);
            }
        }
        return Value.bool(new HashSet<>(a).equals(new HashSet<>(b)));
    }

    /** cty TestConformance: {@code t} fits {@code pattern}, where {@code any} in the pattern matches anything. */
    static boolean conforms(Type t, Type pattern) {
        if (pattern.isDynamic()) {
            return true;
        }
        if (t.isPrimitive() || pattern.isPrimitive()) {
            return t.equals(pattern);
        }
        if (t.isCollection() && pattern.isCollection()) {
            return t.getClass() == pattern.getClass()
                    && conforms(TypeOps.elementType(t), TypeOps.elementType(pattern));
        }
        if (t instanceof Type.TupleType tt && pattern instanceof Type.TupleType pt) {
            if (tt.elements().size() != pt.elements().size()) {
                return false;
            }
            for (int i = 0; i < tt.elements().size(); i++) {
                if (!conforms(tt.elements().get(i), pt.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (t instanceof Type.ObjectType ot && pattern instanceof Type.ObjectType po) {
            if (!ot.attributes().keySet().equals(po.attributes().keySet())) {
                return false;
            }
            for (Map.Entry<String, Type> e : ot.attributes().entrySet()) {
                if (!conforms(e.getValue(), po.attributes().get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
