package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions whose result is a list, set or map built from the elements of a list, set, tuple or map. */
final class CollectionConversions {

    private CollectionConversions() {
    }

    /** List or set to list; {@code el} converts each element, or is null when elements already fit. */
    static Conversion collectionToList(Type ety, Conversion el, boolean unsafe) {
        return (v, path) -> {
            List<Value> out = convertElements(v.elements(), el, path);
            return makeList(ety, TypeOps.elementType(v.type()), out, path, unsafe);
        };
    }

    /** List or set to set. */
    static Conversion collectionToSet(Type ety, Conversion el, boolean unsafe) {
        return (v, path) -> {
            List<Value> out = convertElements(v.elements(), el, path);
            return makeSet(ety, TypeOps.elementType(v.type()), out, path, unsafe);
        };
    }

    /** Map to map. */
    static Conversion mapToMap(Type ety, Conversion el, boolean unsafe) {
        return (v, path) -> {
            Map<String, Value> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
                Value c = el == null ? e.getValue() : el.apply(e.getValue(), Conversion.append(path, e.getKey()));
                out.put(e.getKey(), stripOptionalOnNull(c));
            }
            return makeMap(ety, TypeOps.elementType(v.type()), out, path, unsafe);
        };
    }

    static List<Value> convertElements(List<Value> in, Conversion el, List<Object> path)
            throws ConversionException {
        List<Value> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Value c = el == null ? in.get(i) : el.apply(in.get(i), Conversion.append(path, i));
            out.add(stripOptionalOnNull(c));
        }
        return out;
    }

    static Value stripOptionalOnNull(Value v) {
        if (v.isNull() && v.isKnown()) {
            Type t = TypeOps.withoutOptionalDeep(v.type());
            return t.equals(v.type()) ? v : Value.nullOf(t).withMarks(v.marks());
        }
        return v;
    }

    static Value makeList(Type ety, Type fallbackEty, List<Value> elems, List<Object> path, boolean unsafe)
            throws ConversionException {
        if (elems.isEmpty()) {
            return Value.list(emptyElementType(ety, fallbackEty), List.of());
        }
        List<Value> same = unifyElements(elems, path, unsafe, "element types must all match for conversion to list");
        return Value.list(same.get(0).type(), same);
    }

    static Value makeSet(Type ety, Type fallbackEty, List<Value> elems, List<Object> path, boolean unsafe)
            throws ConversionException {
        if (elems.isEmpty()) {
            return Value.set(emptyElementType(ety, fallbackEty), List.of());
        }
        List<Value> same = unifyElements(elems, path, unsafe, "element types must all match for conversion to set");
        return Value.set(same.get(0).type(), same);
    }

    static Value makeMap(Type ety, Type fallbackEty, Map<String, Value> elems, List<Object> path, boolean unsafe)
            throws ConversionException {
        if (elems.isEmpty()) {
            return Value.map(emptyElementType(ety, fallbackEty), Map.of());
        }
        List<String> keys = new ArrayList<>(elems.keySet());
        List<Value> values = unifyElements(new ArrayList<>(elems.values()), path, unsafe,
                "element types must all match for conversion to map");
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), values.get(i));
        }
        return Value.map(values.get(0).type(), out);
    }

    private static Type emptyElementType(Type ety, Type fallbackEty) {
        if (ety.isDynamic()) {
            return fallbackEty == null ? Type.DYNAMIC : fallbackEty;
        }
        return TypeOps.withoutOptionalDeep(ety);
    }

    /**
     * Elements converted one by one to a type constraint with {@code any} in it may have ended up with
     * different types; bring them to their unified type, as cty does before building the collection.
     */
    private static List<Value> unifyElements(List<Value> elems, List<Object> path, boolean unsafe, String message)
            throws ConversionException {
        Type first = elems.get(0).type();
        boolean allSame = true;
        List<Type> types = new ArrayList<>(elems.size());
        for (Value e : elems) {
            types.add(e.type());
            allSame &= e.type().equals(first);
        }
        if (allSame) {
            return elems;
        }
        Type unified = Unification.unify(types, unsafe);
        if (unified == null) {
            throw new ConversionException(message, path);
        }
        List<Value> out = new ArrayList<>(elems.size());
        for (int i = 0; i < elems.size(); i++) {
            Value e = elems.get(i);
            if (e.type().equals(unified)) {
                out.add(e);
                continue;
            }
            Conversion c = Conversions.get(e.type(), unified, unsafe);
            if (c == null) {
                throw new ConversionException(message, path);
            }
            out.add(c.apply(e, Conversion.append(path, i)));
        }
        for (Value e : out) {
            if (!e.type().equals(out.get(0).type())) {
                throw new ConversionException(message, path);
            }
        }
        return out;
    }
}
