package io.jenkins.plugins.packer.engine.hcl.value;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An HCL value type, as go-cty models them: primitives, collections (list, set, map) with one element
 * type, structural types (tuple, object) and the dynamic pseudo-type {@code any}.
 */
public sealed interface Type {

    Type STRING = Primitive.STRING;
    Type NUMBER = Primitive.NUMBER;
    Type BOOL = Primitive.BOOL;
    Type DYNAMIC = Dynamic.INSTANCE;

    /** Empty object type, the type of {@code {}}. */
    Type EMPTY_OBJECT = new ObjectType(Map.of(), Set.of());
    /** Empty tuple type, the type of {@code []}. */
    Type EMPTY_TUPLE = new TupleType(List.of());

    /** The name HCL uses in messages and type expressions, such as {@code list(string)}. */
    String friendlyName();

    default boolean isPrimitive() {
        return this instanceof Primitive;
    }

    default boolean isCollection() {
        return this instanceof ListType || this instanceof SetType || this instanceof MapType;
    }

    default boolean isDynamic() {
        return this == DYNAMIC;
    }

    /** True when this type mentions {@code any} anywhere, so it is a constraint rather than a concrete type. */
    boolean hasDynamic();

    static Type list(Type element) {
        return new ListType(element);
    }

    static Type set(Type element) {
        return new SetType(element);
    }

    static Type map(Type element) {
        return new MapType(element);
    }

    static Type tuple(List<Type> elements) {
        return new TupleType(elements);
    }

    static Type object(Map<String, Type> attributes) {
        return new ObjectType(attributes, Set.of());
    }

    /** The primitive types. */
    enum Primitive implements Type {
        STRING("string"), NUMBER("number"), BOOL("bool");

        private final String name;

        Primitive(String name) {
            this.name = name;
        }

        @Override
        public String friendlyName() {
            return name;
        }

        @Override
        public boolean hasDynamic() {
            return false;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The dynamic pseudo-type ({@code any}): the type of a value whose type is not known yet. */
    enum Dynamic implements Type {
        INSTANCE;

        @Override
        public String friendlyName() {
            return "dynamic";
        }

        @Override
        public boolean hasDynamic() {
            return true;
        }

        @Override
        public String toString() {
            return "any";
        }
    }

    /** {@code list(T)}. */
    record ListType(Type element) implements Type {
        public ListType {
            Objects.requireNonNull(element);
        }

        @Override
        public String friendlyName() {
            return "list of " + element.friendlyName();
        }

        @Override
        public boolean hasDynamic() {
            return element.hasDynamic();
        }

        @Override
        public String toString() {
            return "list(" + element + ")";
        }
    }

    /** {@code set(T)}. */
    record SetType(Type element) implements Type {
        public SetType {
            Objects.requireNonNull(element);
        }

        @Override
        public String friendlyName() {
            return "set of " + element.friendlyName();
        }

        @Override
        public boolean hasDynamic() {
            return element.hasDynamic();
        }

        @Override
        public String toString() {
            return "set(" + element + ")";
        }
    }

    /** {@code map(T)}. */
    record MapType(Type element) implements Type {
        public MapType {
            Objects.requireNonNull(element);
        }

        @Override
        public String friendlyName() {
            return "map of " + element.friendlyName();
        }

        @Override
        public boolean hasDynamic() {
            return element.hasDynamic();
        }

        @Override
        public String toString() {
            return "map(" + element + ")";
        }
    }

    /** {@code tuple([T1, T2, ...])}. */
    record TupleType(List<Type> elements) implements Type {
        public TupleType {
            elements = List.copyOf(elements);
        }

        @Override
        public String friendlyName() {
            return "tuple";
        }

        @Override
        public boolean hasDynamic() {
            return elements.stream().anyMatch(Type::hasDynamic);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("tuple([");
            for (int i = 0; i < elements.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(elements.get(i));
            }
            return sb.append("])").toString();
        }
    }

    /**
     * {@code object({name = T, ...})}. Attribute names are kept sorted, as cty does. {@code optional} names
     * attributes declared with {@code optional(T)} in a type constraint; it is empty for concrete value types.
     */
    record ObjectType(Map<String, Type> attributes, Set<String> optional) implements Type {
        public ObjectType {
            attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
            optional = Set.copyOf(optional);
        }

        @Override
        public String friendlyName() {
            return "object";
        }

        @Override
        public boolean hasDynamic() {
            return attributes.values().stream().anyMatch(Type::hasDynamic);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("object({");
            boolean first = true;
            for (Map.Entry<String, Type> e : attributes.entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append('=');
                sb.append(optional.contains(e.getKey()) ? "optional(" + e.getValue() + ")" : e.getValue());
                first = false;
            }
            return sb.append("})").toString();
        }
    }
}
