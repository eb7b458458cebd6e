package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions from or between tuple and object types. */
final class StructuralConversions {

    private StructuralConversions() {
    }

    /** Object to object: every wanted attribute must exist (unless optional) and convert; extras are dropped. */
    static Conversion objectToObject(Type.ObjectType in, Type.ObjectType out, boolean unsafe) {
        Map<String, Conversion> convs = new HashMap<>();
        for (Map.Entry<String, Type> e : out.attributes().entrySet()) {
            Type inAttr = in.attributes().get(e.getKey());
            if (inAttr == null) {
                if (out.optional().contains(e.getKey())) {
                    continue;
                }
                return null;
            }
            if (inAttr.equals(e.getValue())) {
                convs.put(e.getKey(), null);
                continue;
            }
            Conversion c = Conversions.get(inAttr, e.getValue(), unsafe);
            if (c == null) {
                return null;
            }
            convs.put(e.getKey(), c);
        }
        return (v, path) -> {
            Map<String, Value> attrs = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
                if (!convs.containsKey(e.getKey())) {
                    continue;
                }
                Conversion c = convs.get(e.getKey());
                Value converted = c == null ? e.getValue() : c.apply(e.getValue(), Conversion.append(path, e.getKey()));
                attrs.put(e.getKey(), CollectionConversions.stripOptionalOnNull(converted));
            }
            for (String name : out.optional()) {
                if (!attrs.containsKey(name)) {
                    attrs.put(name, Value.nullOf(TypeOps.withoutOptionalDeep(out.attributes().get(name))));
                }
            }
            return Value.object(attrs);
        };
    }

    /** Tuple to tuple of the same length, element by element. */
    static Conversion tupleToTuple(Type.TupleType in, Type.TupleType out, boolean unsafe) {
        if (in.elements().size() != out.elements().size()) {
            return null;
        }
        List<Conversion> convs = new ArrayList<>();
        for (int i = 0; i < in.elements().size(); i++) {
            Type a = in.elements().get(i);
            Type b = out.elements().get(i);
            if (a.equals(b)) {
                convs.add(null);
                continue;
            }
            Conversion c = Conversions.get(a, b, unsafe);
            if (c == null) {
                return null;
            }
            convs.add(c);
        }
        return (v, path) -> {
            List<Value> elems = new ArrayList<>();
            for (int i = 0; i < convs.size(); i++) {
                Conversion c = convs.get(i);
                Value e = v.elements().get(i);
                elems.add(c == null ? e : c.apply(e, Conversion.append(path, i)));
            }
            return Value.tuple(elems);
        };
    }

    /** Tuple to list or set; with element type {@code any} the tuple's element types are unified first. */
    static Conversion tupleToCollection(Type.TupleType in, Type out, boolean unsafe) {
        boolean toSet = out instanceof Type.SetType;
        Type ety = TypeOps.elementType(out);
        if (in.elements().isEmpty()) {
            Type empty = ety.isDynamic() ? Type.DYNAMIC : TypeOps.withoutOptionalDeep(ety);
            return (v, path) -> toSet ? Value.set(empty, List.of()) : Value.list(empty, List.of());
        }
        if (ety.isDynamic()) {
            ety = Unification.unify(in.elements(), unsafe);
            if (ety == null) {
                return null;
            }
            if (ety.isDynamic() && !in.elements().stream().allMatch(Type::isDynamic)) {
                return null;
            }
        }
        List<Conversion> convs = new ArrayList<>();
        for (Type t : in.elements()) {
            if (t.equals(ety)) {
                convs.add(null);
                continue;
            }
            Conversion c = Conversions.get(t, ety, unsafe);
            if (c == null) {
                return null;
            }
            convs.add(c);
        }
        Type finalEty = ety;
        return (v, path) -> {
            List<Value> elems = new ArrayList<>();
            for (int i = 0; i < convs.size(); i++) {
                Conversion c = convs.get(i);
                Value e = v.elements().get(i);
                elems.add(CollectionConversions.stripOptionalOnNull(
                        c == null ? e : c.apply(e, Conversion.append(path, i))));
            }
            return toSet ? CollectionConversions.makeSet(finalEty, null, elems, path, unsafe)
                    : CollectionConversions.makeList(finalEty, null, elems, path, unsafe);
        };
    }

    /** Object to map; with element type {@code any} the attribute types are unified first. */
    static Conversion objectToMap(Type.ObjectType in, Type.MapType out, boolean unsafe) {
        Type ety = out.element();
        if (in.attributes().isEmpty()) {
            Type empty = ety.isDynamic() ? Type.DYNAMIC : TypeOps.withoutOptionalDeep(ety);
            return (v, path) -> Value.map(empty, Map.of());
        }
        if (ety.isDynamic()) {
            ety = Unification.unify(new ArrayList<>(in.attributes().values()), unsafe);
            if (ety == null) {
                return null;
            }
        }
        Map<String, Conversion> convs = new HashMap<>();
        for (Map.Entry<String, Type> e : in.attributes().entrySet()) {
            if (e.getValue().equals(ety)) {
                convs.put(e.getKey(), null);
                continue;
            }
            Conversion c = Conversions.get(e.getValue(), ety, unsafe);
            if (c == null) {
                return null;
            }
            convs.put(e.getKey(), c);
        }
        Type finalEty = ety;
        return (v, path) -> {
            Map<String, Value> elems = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
                Conversion c = convs.get(e.getKey());
                Value converted = c == null ? e.getValue() : c.apply(e.getValue(), Conversion.append(path, e.getKey()));
                elems.put(e.getKey(), CollectionConversions.stripOptionalOnNull(converted));
            }
            return CollectionConversions.makeMap(finalEty, null, elems, path, unsafe);
        };
    }

    /** Map to object (unsafe): keys matching attributes are converted, others dropped, missing ones fail. */
    static Conversion mapToObject(Type.MapType in, Type.ObjectType out, boolean unsafe) {
        Map<String, Conversion> convs = new HashMap<>();
        for (Map.Entry<String, Type> e : out.attributes().entrySet()) {
            if (e.getValue().equals(in.element())) {
                continue;
            }
            Conversion c = Conversions.get(in.element(), e.getValue(), unsafe);
            if (c == null) {
                return null;
            }
            convs.put(e.getKey(), c);
        }
        return (v, path) -> {
            Map<String, Value> attrs = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
                if (!out.attributes().containsKey(e.getKey())) {
                    continue;
                }
                Conversion c = convs.get(e.getKey());
                Value converted = c == null ? e.getValue() : c.apply(e.getValue(), Conversion.append(path, e.getKey()));
                attrs.put(e.getKey(), CollectionConversions.stripOptionalOnNull(converted));
            }
            for (Map.Entry<String, Type> e : out.attributes().entrySet()) {
                if (attrs.containsKey(e.getKey())) {
                    continue;
                }
                if (!out.optional().contains(e.getKey())) {
                    throw new ConversionException(
                            "map has no element for required attribute " + Quote.go(e.getKey()), path);
                }
                attrs.put(e.getKey(), Value.nullOf(TypeOps.withoutOptionalDeep(e.getValue())));
            }
            return Value.object(attrs);
        };
    }
}
