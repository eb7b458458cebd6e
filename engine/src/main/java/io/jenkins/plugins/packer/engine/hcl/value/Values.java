package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Value construction helpers: collections whose element type is inferred, and values from plain Java. */
public final class Values {

    private Values() {
    }

    /**
     * A list of {@code elements}, converted to their unified type (cty: as {@code tolist} would). An empty list
     * has element type {@code any}.
     *
     * @throws IllegalArgumentException when the elements have no common type
     */
    public static Value listOf(List<Value> elements) {
        return collectionOf(elements, false);
    }

    /** A set of {@code elements} converted to their unified type; see {@link #listOf}. */
    public static Value setOf(List<Value> elements) {
        return collectionOf(elements, true);
    }

    /** A map of {@code elements} converted to their unified type; an empty map has element type {@code any}. */
    public static Value mapOf(Map<String, Value> elements) {
        if (elements.isEmpty()) {
            return Value.map(Type.DYNAMIC, Map.of());
        }
        List<String> keys = new ArrayList<>(elements.keySet());
        List<Value> converted = unified(new ArrayList<>(elements.values()));
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), converted.get(i));
        }
        return Value.map(converted.get(0).type(), out);
    }

    /**
     * A value from plain Java data, mostly for tests: null, {@link Value} (as is), String, Boolean, any
     * {@link Number}, {@link List} or other collection (a tuple), {@link Map} with string keys (an object).
     */
    public static Value fromJava(Object o) {
        if (o == null) {
            return Value.NULL;
        }
        if (o instanceof Value v) {
            return v;
        }
        if (o instanceof String s) {
            return Value.string(s);
        }
        if (o instanceof Boolean b) {
            return Value.bool(b);
        }
        if (o instanceof BigDecimal d) {
            return Value.number(d);
        }
        if (o instanceof BigInteger i) {
            return Value.number(new BigDecimal(i));
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return Value.number(((Number) o).longValue());
        }
        if (o instanceof Number n) {
            return Value.number(new BigDecimal(n.toString()));
        }
        if (o instanceof Collection<?> c) {
            List<Value> elems = new ArrayList<>();
            for (Object e : c) {
                elems.add(fromJava(e));
            }
            return Value.tuple(elems);
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Value> attrs = new LinkedHashMap<>();
            m.forEach((k, v) -> attrs.put(String.valueOf(k), fromJava(v)));
            return Value.object(attrs);
        }
        throw new IllegalArgumentException("no HCL value for " + o.getClass().getName());
    }

    private static Value collectionOf(List<Value> elements, boolean set) {
        if (elements.isEmpty()) {
            return set ? Value.set(Type.DYNAMIC, List.of()) : Value.list(Type.DYNAMIC, List.of());
        }
        List<Value> converted = unified(elements);
        Type el = converted.get(0).type();
        return set ? Value.set(el, converted) : Value.list(el, converted);
    }

    private static List<Value> unified(List<Value> elements) {
        List<Type> types = new ArrayList<>();
        for (Value e : elements) {
            types.add(e.type());
        }
        Type el = Convert.unifyUnsafe(types).orElseThrow(
                () -> new IllegalArgumentException("elements have no common type: " + types));
        List<Value> out = new ArrayList<>();
        for (Value e : elements) {
            try {
                out.add(Convert.convert(e, el));
            } catch (ConversionException ex) {
                throw new IllegalArgumentException(ex.getMessage(), ex);
            }
        }
        return out;
    }
}
