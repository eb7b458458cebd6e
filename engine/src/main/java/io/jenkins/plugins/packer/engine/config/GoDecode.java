package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.gotemplate.GoNumbers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * mapstructure's conversions of JSON-like data ({@code String}, {@code Double}, {@code Long}, {@code Boolean},
 * {@code List}, {@code Map}) into Go field types, strict or weak ({@code WeaklyTypedInput}: {@code "true"} to
 * bool, {@code "2048"} to int, numbers to strings, a single value to a one-element list), with mapstructure's
 * error messages naming the field ({@code cannot parse 'ssh_port' as int: strconv.ParseInt: ...}).
 */
public final class GoDecode {

    /** A conversion failure with mapstructure's message. */
    public static final class DecodeException extends Exception {
        private static final long serialVersionUID = 1L;

        public DecodeException(String message) {
            super(message);
        }
    }

    private GoDecode() {
    }

    /** The Go type of a decoded JSON value, as reflect prints it. */
    public static String goType(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float64";
        }
        if (v instanceof Long || v instanceof Integer) {
            return "int";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Collection<?>) {
            return "[]interface {}";
        }
        if (v instanceof Map<?, ?>) {
            return "map[string]interface {}";
        }
        return v.getClass().getSimpleName();
    }

    /** The reflect kind of a value ({@code slice}, {@code map}, ...), as mapstructure names it in messages. */
    public static String goKind(Object v) {
        if (v == null) {
            return "invalid";
        }
        if (v instanceof Collection<?>) {
            return "slice";
        }
        if (v instanceof Map<?, ?>) {
            return "map";
        }
        return goType(v);
    }

    /** {@code fmt.Sprintf("%v", v)} for decoded JSON. */
    public static String goValue(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return GoNumbers.formatG(d);
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(e -> parts.add(goValue(e)));
            return "[" + String.join(" ", parts) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            new TreeMap<>(m).forEach((k, e) -> parts.add(k + ":" + goValue(e)));
            return "map[" + String.join(" ", parts) + "]";
        }
        return v.toString();
    }

    private static DecodeException unconvertible(String name, String target, Object v) {
        return new DecodeException("'" + name + "' expected type '" + target + "', got unconvertible type '"
                + goType(v) + "', value: '" + goValue(v) + "'");
    }

    public static String decodeString(String name, Object v, boolean weak) throws DecodeException {
        if (v instanceof String s) {
            return s;
        }
        if (weak && v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (weak && (v instanceof Long || v instanceof Integer)) {
            return v.toString();
        }
        if (weak && v instanceof Double d) {
            return GoNumbers.formatF(d);
        }
        throw unconvertible(name, "string", v);
    }

    /** Go {@code int} (bits 64) or a narrower integer; floats are truncated as Go's conversion does. */
    public static long decodeInt(String name, Object v, boolean weak, int bits) throws DecodeException {
        if (v instanceof Long || v instanceof Integer) {
            return ((Number) v).longValue();
        }
        if (v instanceof Double d) {
            return (long) d.doubleValue();
        }
        if (weak && v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (weak && v instanceof String s) {
            try {
                return GoStrconv.parseInt(s.isEmpty() ? "0" : s, bits);
            } catch (IllegalArgumentException e) {
                throw new DecodeException("cannot parse '" + name + "' as int: " + e.getMessage());
            }
        }
        throw unconvertible(name, bits == 64 ? "int" : "int" + bits, v);
    }

    public static boolean decodeBool(String name, Object v, boolean weak) throws DecodeException {
        if (v instanceof Boolean b) {
            return b;
        }
        if (weak && v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (weak && v instanceof String s) {
            if (s.isEmpty()) {
                return false;
            }
            try {
                return GoStrconv.parseBool(s);
            } catch (IllegalArgumentException e) {
                throw new DecodeException("cannot parse '" + name + "' as bool: " + e.getMessage());
            }
        }
        throw unconvertible(name, "bool", v);
    }

    public static double decodeFloat(String name, Object v, boolean weak) throws DecodeException {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (weak && v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (weak && v instanceof String s) {
            try {
                return GoStrconv.parseFloat(s.isEmpty() ? "0" : s);
            } catch (IllegalArgumentException e) {
                throw new DecodeException("cannot parse '" + name + "' as float: " + e.getMessage());
            }
        }
        throw unconvertible(name, "float64", v);
    }

    /**
     * A {@code time.Duration}: strings go through {@code time.ParseDuration} (mapstructure's
     * StringToTimeDurationHookFunc), numbers are nanoseconds (a Duration is an int64).
     */
    public static Duration decodeDuration(String name, Object v, boolean weak) throws DecodeException {
        if (v instanceof String s) {
            try {
                return GoDuration.parse(s);
            } catch (IllegalArgumentException e) {
                throw new DecodeException("error decoding '" + name + "': " + e.getMessage());
            }
        }
        if (v instanceof Number || v instanceof Boolean) {
            try {
                return Duration.ofNanos(decodeInt(name, v, weak, 64));
            } catch (DecodeException e) {
                throw unconvertible(name, "time.Duration", v);
            }
        }
        throw unconvertible(name, "time.Duration", v);
    }

    /**
     * The source of a slice: a list as is; with {@code commaSplit} (Packer's StringToSliceHookFunc(",")) a
     * string is split on commas ({@code ""} gives an empty list); when weak, an empty map gives an empty list
     * and any other single value becomes a one-element list.
     */
    public static List<Object> sliceSource(String name, Object v, boolean weak, boolean commaSplit)
            throws DecodeException {
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (commaSplit && v instanceof String s) {
            return s.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of((Object[]) s.split(",", -1)));
        }
        if (weak) {
            if (v instanceof Map<?, ?> m && m.isEmpty()) {
                return new ArrayList<>();
            }
            List<Object> one = new ArrayList<>();
            one.add(v);
            return one;
        }
        throw new DecodeException("'" + name + "': source data must be an array or slice, got " + goKind(v));
    }

    /** A {@code []string} (elements decoded as strings, errors collected and reported together). */
    public static List<String> decodeStringList(String name, Object v, boolean weak, boolean commaSplit)
            throws DecodeException {
        List<Object> src = sliceSource(name, v, weak, commaSplit);
        List<String> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            Object e = src.get(i);
            try {
                out.add(e == null ? "" : decodeString(name + "[" + i + "]", e, weak));
            } catch (DecodeException ex) {
                errors.add(ex.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new DecodeException(String.join("\n", errors));
        }
        return out;
    }

    /** A {@code map[string]interface{}}; when weak, a list of maps is merged and an empty list is an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> decodeMap(String name, Object v, boolean weak) throws DecodeException {
        if (v instanceof Map<?, ?> m) {
            return new LinkedHashMap<>((Map<String, Object>) m);
        }
        if (weak && v instanceof List<?> l) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < l.size(); i++) {
                out.putAll(decodeMap(name + "[" + i + "]", l.get(i), true));
            }
            return out;
        }
        throw new DecodeException("'" + name + "' expected a map, got '" + goKind(v) + "'");
    }
}
