package io.jenkins.plugins.packer.engine.hcl.value;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable HCL value: a {@link Type}, a payload, and {@link Mark marks}. A value may be null (typed), or
 * unknown (its type may be known but not its content: it becomes known at build time). Marks sit on the
 * value itself; operations combine the marks of their operands.
 *
 * <p>Payloads: {@code String}, {@code BigDecimal} (normalised, so equal numbers are equal), {@code Boolean},
 * an unmodifiable {@code List<Value>} (list, set, tuple) or an unmodifiable sorted {@code Map<String, Value>}
 * (map, object). Set elements are kept unique in a canonical order.
 */
public final class Value {

    private static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "<unknown>";
        }
    };

    public static final Value TRUE = new Value(Type.BOOL, Boolean.TRUE, Set.of());
    public static final Value FALSE = new Value(Type.BOOL, Boolean.FALSE, Set.of());
    /** An unknown value of unknown type ({@code cty.DynamicVal}). */
    public static final Value DYNAMIC = new Value(Type.DYNAMIC, UNKNOWN, Set.of());
    /** The untyped null ({@code null} literal, {@code cty.NullVal(cty.DynamicPseudoType)}). */
    public static final Value NULL = new Value(Type.DYNAMIC, null, Set.of());
    public static final Value EMPTY_OBJECT = new Value(Type.EMPTY_OBJECT, Map.of(), Set.of());
    public static final Value EMPTY_TUPLE = new Value(Type.EMPTY_TUPLE, List.of(), Set.of());

    private final Type type;
    private final Object payload;
    private final Set<Mark> marks;

    private Value(Type type, Object payload, Set<Mark> marks) {
        this.type = type;
        this.payload = payload;
        this.marks = marks;
    }

    // ---------------------------------------------------------------- factories

    /** A string, normalised to Unicode NFC as cty does, so equal texts are equal values. */
    public static Value string(String s) {
        String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        return new Value(Type.STRING, nfc, Set.of());
    }

    /**
     * A number. It is stored in canonical form (see {@link Numbers#canonical}): trailing zeros stripped, and
     * numbers longer than cty's 512-bit precision rounded as cty would, so equal numbers are equal values.
     */
    public static Value number(BigDecimal n) {
        return new Value(Type.NUMBER, Numbers.canonical(n), Set.of());
    }

    public static Value number(long n) {
        return number(BigDecimal.valueOf(n));
    }

    public static Value bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static Value nullOf(Type type) {
        return type == Type.DYNAMIC ? NULL : new Value(type, null, Set.of());
    }

    public static Value unknown(Type type) {
        return type == Type.DYNAMIC ? DYNAMIC : new Value(type, UNKNOWN, Set.of());
    }

    /** A list whose element type is {@code elementType}; every element must already have that type. */
    public static Value list(Type elementType, List<Value> elements) {
        return new Value(Type.list(elementType), List.copyOf(elements), Set.of());
    }

    /**
     * A set of {@code elementType}; duplicates are dropped and the elements put in cty's canonical order
     * (known before unknown, strings lexically, numbers numerically, false before true). As in cty, elements
     * cannot carry marks: the marks of the elements (at any depth) move to the set itself.
     */
    public static Value set(Type elementType, List<Value> elements) {
        EnumSet<Mark> hoisted = EnumSet.noneOf(Mark.class);
        List<Value> unmarked = new ArrayList<>(elements.size());
        for (Value e : elements) {
            if (e.containsMarked()) {
                hoisted.addAll(Marks.collectDeep(e));
                unmarked.add(Marks.unmarkDeep(e));
            } else {
                unmarked.add(e);
            }
        }
        List<Value> unique = new ArrayList<>(new LinkedHashSet<>(unmarked));
        unique.sort(SetOrder.INSTANCE);
        Value set = new Value(Type.set(elementType), Collections.unmodifiableList(unique), Set.of());
        return set.withMarks(hoisted);
    }

    /** A map whose element type is {@code elementType}; every element must already have that type. */
    public static Value map(Type elementType, Map<String, Value> elements) {
        return new Value(Type.map(elementType), Collections.unmodifiableMap(new TreeMap<>(elements)), Set.of());
    }

    public static Value tuple(List<Value> elements) {
        List<Type> types = new ArrayList<>(elements.size());
        for (Value v : elements) {
            types.add(v.type);
        }
        return new Value(Type.tuple(types), List.copyOf(elements), Set.of());
    }

    public static Value object(Map<String, Value> attributes) {
        TreeMap<String, Type> types = new TreeMap<>();
        attributes.forEach((k, v) -> types.put(k, v.type));
        return new Value(Type.object(types), Collections.unmodifiableMap(new TreeMap<>(attributes)), Set.of());
    }

    // ---------------------------------------------------------------- state

    public Type type() {
        return type;
    }

    public boolean isNull() {
        return payload == null;
    }

    public boolean isKnown() {
        return payload != UNKNOWN;
    }

    /** True when this value and everything nested in it is known. */
    public boolean isWhollyKnown() {
        if (!isKnown()) {
            return false;
        }
        if (payload instanceof List<?> l) {
            for (Object o : l) {
                if (!((Value) o).isWhollyKnown()) {
                    return false;
                }
            }
        } else if (payload instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                if (!((Value) o).isWhollyKnown()) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- marks

    public Set<Mark> marks() {
        return marks;
    }

    public boolean isMarked() {
        return !marks.isEmpty();
    }

    public boolean isSensitive() {
        return marks.contains(Mark.SENSITIVE);
    }

    /** True when this value or anything nested in it carries a mark. */
    public boolean containsMarked() {
        if (isMarked()) {
            return true;
        }
        if (payload instanceof List<?> l) {
            for (Object o : l) {
                if (((Value) o).containsMarked()) {
                    return true;
                }
            }
        } else if (payload instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                if (((Value) o).containsMarked()) {
                    return true;
                }
            }
        }
        return false;
    }

    public Value mark(Mark mark) {
        if (marks.contains(mark)) {
            return this;
        }
        EnumSet<Mark> all = EnumSet.of(mark);
        all.addAll(marks);
        return new Value(type, payload, Collections.unmodifiableSet(all));
    }

    /** This value with {@code extra} marks added; returns {@code this} when nothing changes. */
    public Value withMarks(Set<Mark> extra) {
        if (extra.isEmpty() || marks.containsAll(extra)) {
            return this;
        }
        EnumSet<Mark> all = EnumSet.noneOf(Mark.class);
        all.addAll(marks);
        all.addAll(extra);
        return new Value(type, payload, Collections.unmodifiableSet(all));
    }

    /** This value without its own marks (nested values keep theirs). */
    public Value unmark() {
        return marks.isEmpty() ? this : new Value(type, payload, Set.of());
    }

    // ---------------------------------------------------------------- payload access

    private void requireKnownNonNull(String what) {
        if (payload == null) {
            throw new IllegalStateException("cannot read " + what + " of a null value");
        }
        if (payload == UNKNOWN) {
            throw new IllegalStateException("cannot read " + what + " of an unknown value");
        }
    }

    public String asString() {
        requireKnownNonNull("the string");
        return (String) payload;
    }

    public BigDecimal asNumber() {
        requireKnownNonNull("the number");
        return (BigDecimal) payload;
    }

    public boolean asBool() {
        requireKnownNonNull("the bool");
        return (Boolean) payload;
    }

    /** Elements of a known, non-null list, set or tuple. */
    @SuppressWarnings("unchecked")
    public List<Value> elements() {
        requireKnownNonNull("the elements");
        return (List<Value>) payload;
    }

    /** Entries of a known, non-null map or object, sorted by key. */
    @SuppressWarnings("unchecked")
    public Map<String, Value> attributes() {
        requireKnownNonNull("the attributes");
        return (Map<String, Value>) payload;
    }

    /** Number of elements or attributes of a known, non-null collection or structure. */
    public int length() {
        requireKnownNonNull("the length");
        if (payload instanceof List<?> l) {
            return l.size();
        }
        if (payload instanceof Map<?, ?> m) {
            return m.size();
        }
        throw new IllegalStateException("a " + type.friendlyName() + " value has no length");
    }

    // ---------------------------------------------------------------- identity

    /** Raw equality: same type, same payload, same marks (not HCL's {@code ==}, which is an operation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && type.equals(v.type) && marks.equals(v.marks)
                && Objects.equals(payload, v.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, payload, marks);
    }

    @Override
    public String toString() {
        String body;
        if (payload == null) {
            body = "null";
        } else if (payload == UNKNOWN) {
            body = "unknown";
        } else if (payload instanceof String s) {
            body = '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        } else if (payload instanceof BigDecimal n) {
            body = n.toPlainString();
        } else {
            body = payload.toString();
        }
        String marked = marks.isEmpty() ? "" : " " + marks;
        return type + "(" + body + ")" + marked;
    }
}
