package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Type-level helpers shared by conversion and unification (cty's Type methods we need). */
final class TypeOps {

    private TypeOps() {
    }

    static boolean isList(Type t) {
        return t instanceof Type.ListType;
    }

    static boolean isSet(Type t) {
        return t instanceof Type.SetType;
    }

    static boolean isMap(Type t) {
        return t instanceof Type.MapType;
    }

    static boolean isTuple(Type t) {
        return t instanceof Type.TupleType;
    }

    static boolean isObject(Type t) {
        return t instanceof Type.ObjectType;
    }

    /** Element type of a list, set or map. */
    static Type elementType(Type t) {
        if (t instanceof Type.ListType l) {
            return l.element();
        }
        if (t instanceof Type.SetType s) {
            return s.element();
        }
        if (t instanceof Type.MapType m) {
            return m.element();
        }
        throw new IllegalArgumentException(t + " is not a collection type");
    }

    /** A collection type of the same kind as {@code like} with another element type. */
    static Type sameKind(Type like, Type element) {
        if (like instanceof Type.ListType) {
            return Type.list(element);
        }
        if (like instanceof Type.SetType) {
            return Type.set(element);
        }
        return Type.map(element);
    }

    /** The type with every {@code optional} marker removed, at every depth (cty WithoutOptionalAttributesDeep). */
    static Type withoutOptionalDeep(Type t) {
        if (t instanceof Type.ListType l) {
            return Type.list(withoutOptionalDeep(l.element()));
        }
        if (t instanceof Type.SetType s) {
            return Type.set(withoutOptionalDeep(s.element()));
        }
        if (t instanceof Type.MapType m) {
            return Type.map(withoutOptionalDeep(m.element()));
        }
        if (t instanceof Type.TupleType tt) {
            List<Type> out = new ArrayList<>();
            for (Type e : tt.elements()) {
                out.add(withoutOptionalDeep(e));
            }
            return Type.tuple(out);
        }
        if (t instanceof Type.ObjectType o) {
            Map<String, Type> out = new LinkedHashMap<>();
            o.attributes().forEach((k, v) -> out.put(k, withoutOptionalDeep(v)));
            return Type.object(out);
        }
        return t;
    }

    /**
     * Replaces the dynamic parts of {@code out} with what {@code in} says about them, as cty's dynamicReplace
     * does when a null or unknown value is converted to a type constraint containing {@code any}.
     */
    static Type dynamicReplace(Type in, Type out) {
        if (in.isDynamic()) {
            return out;
        }
        if (out.isDynamic()) {
            return in;
        }
        if (out instanceof Type.MapType m) {
            if (in instanceof Type.MapType im) {
                return Type.map(dynamicReplace(im.element(), m.element()));
            }
            if (in instanceof Type.ObjectType io) {
                Type unified = Unification.unify(new ArrayList<>(io.attributes().values()), true);
                return Type.map(dynamicReplace(unified == null ? Type.DYNAMIC : unified, m.element()));
            }
            return out;
        }
        if (out instanceof Type.ObjectType o) {
            Map<String, Type> attrs = new LinkedHashMap<>();
            if (in instanceof Type.MapType im) {
                o.attributes().forEach((k, v) -> attrs.put(k, dynamicReplace(im.element(), v)));
            } else if (in instanceof Type.ObjectType io) {
                o.attributes().forEach((k, v) -> {
                    Type inAttr = io.attributes().get(k);
                    attrs.put(k, inAttr == null ? v : dynamicReplace(inAttr, v));
                });
            }
            return Type.object(attrs);
        }
        if (out instanceof Type.SetType || out instanceof Type.ListType) {
            Type outEl = elementType(out);
            if (in instanceof Type.SetType || in instanceof Type.ListType) {
                return sameKind(out, dynamicReplace(elementType(in), outEl));
            }
            if (in instanceof Type.TupleType it) {
                Type unified = Unification.unify(it.elements(), true);
                return sameKind(out, dynamicReplace(unified == null ? Type.DYNAMIC : unified, outEl));
            }
            return out;
        }
        if (out instanceof Type.TupleType ot) {
            List<Type> types = new ArrayList<>();
            if (in instanceof Type.TupleType it && it.elements().size() == ot.elements().size()) {
                for (int i = 0; i < ot.elements().size(); i++) {
                    types.add(dynamicReplace(it.elements().get(i), ot.elements().get(i)));
                }
                return Type.tuple(types);
            }
            return out;
        }
        return out;
    }
}
