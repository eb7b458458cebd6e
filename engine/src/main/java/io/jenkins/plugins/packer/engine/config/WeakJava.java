package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Weak (mapstructure) conversion of decoded JSON into the Java types configuration records use. */
final class WeakJava {

    /** Decodes a nested record (supplied by {@link MapDecoder}, which tracks unknown keys). */
    @FunctionalInterface
    interface RecordDecoder {
        Object decode(Object raw, Class<?> type, String path) throws GoDecode.DecodeException;
    }

    private WeakJava() {
    }

    static Object convert(Object raw, java.lang.reflect.Type t, String path, RecordDecoder records)
            throws GoDecode.DecodeException {
        if (t == Value.class) {
            return toValue(raw);
        }
        if (raw == null) {
            return zero(t);
        }
        if (t == String.class) {
            return GoDecode.decodeString(path, raw, true);
        }
        if (t == Duration.class) {
            return GoDecode.decodeDuration(path, raw, true);
        }
        if (t == Boolean.class || t == boolean.class) {
            return GoDecode.decodeBool(path, raw, true);
        }
        if (t == Integer.class || t == int.class) {
            long l = GoDecode.decodeInt(path, raw, true, 64);
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw new GoDecode.DecodeException("cannot parse '" + path + "' as int: strconv.ParseInt: parsing "
                        + GoQuote.quote(GoDecode.goValue(raw)) + ": value out of range");
            }
            return (int) l;
        }
        if (t == Long.class || t == long.class) {
            return GoDecode.decodeInt(path, raw, true, 64);
        }
        if (t == Double.class || t == double.class) {
            return GoDecode.decodeFloat(path, raw, true);
        }
        if (t == BigDecimal.class) {
            double d = GoDecode.decodeFloat(path, raw, true);
            return new BigDecimal(io.jenkins.plugins.packer.engine.gotemplate.GoNumbers.formatF(d));
        }
        if (t instanceof Class<?> c && c.isRecord()) {
            return records.decode(raw, c, path);
        }
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            java.lang.reflect.Type elem = p.getActualTypeArguments()[0];
            List<Object> src = GoDecode.sliceSource(path, raw, true, true);
            List<Object> out = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < src.size(); i++) {
                try {
                    out.add(convert(src.get(i), elem, path + "[" + i + "]", records));
                } catch (GoDecode.DecodeException e) {
                    errors.add(e.getMessage());
                }
            }
            if (!errors.isEmpty()) {
                throw new GoDecode.DecodeException(String.join("\n", errors));
            }
            return Collections.unmodifiableList(out);
        }
        if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
            java.lang.reflect.Type elem = p.getActualTypeArguments()[1];
            Map<String, Object> src = GoDecode.decodeMap(path, raw, true);
            Map<String, Object> out = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            for (Map.Entry<String, Object> e : src.entrySet()) {
                try {
                    out.put(e.getKey(), convert(e.getValue(), elem, path + "[" + e.getKey() + "]", records));
                } catch (GoDecode.DecodeException ex) {
                    errors.add(ex.getMessage());
                }
            }
            if (!errors.isEmpty()) {
                throw new GoDecode.DecodeException(String.join("\n", errors));
            }
            return Collections.unmodifiableMap(out);
        }
        throw new IllegalArgumentException("unsupported configuration field type " + t.getTypeName());
    }

    /** Go's zero value for a field type (what mapstructure leaves when the input is null). */
    static Object zero(java.lang.reflect.Type t) {
        if (t == String.class) {
            return "";
        }
        if (t == Duration.class) {
            return Duration.ZERO;
        }
        if (t == Boolean.class || t == boolean.class) {
            return Boolean.FALSE;
        }
        if (t == Integer.class || t == int.class) {
            return 0;
        }
        if (t == Long.class || t == long.class) {
            return 0L;
        }
        if (t == Double.class || t == double.class) {
            return 0.0;
        }
        if (t == BigDecimal.class) {
            return BigDecimal.ZERO;
        }
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of();
        }
        if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return Map.of();
        }
        return null;
    }

    /** Decoded JSON as an HCL value (for fields declared as {@link Value}: any shape is accepted). */
    static Value toValue(Object raw) {
        if (raw == null) {
            return Value.NULL;
        }
        if (raw instanceof String s) {
            return Value.string(s);
        }
        if (raw instanceof Boolean b) {
            return Value.bool(b);
        }
        if (raw instanceof Long || raw instanceof Integer) {
            return Value.number(((Number) raw).longValue());
        }
        if (raw instanceof Double d) {
            return Value.number(new BigDecimal(io.jenkins.plugins.packer.engine.gotemplate.GoNumbers.formatF(d)));
        }
        if (raw instanceof List<?> l) {
            List<Value> items = new ArrayList<>();
            l.forEach(e -> items.add(toValue(e)));
            return items.isEmpty() ? Value.EMPTY_TUPLE : Value.tuple(items);
        }
        if (raw instanceof Map<?, ?> m) {
            Map<String, Value> attrs = new LinkedHashMap<>();
            m.forEach((k, e) -> attrs.put(String.valueOf(k), toValue(e)));
            return attrs.isEmpty() ? Value.EMPTY_OBJECT : Value.object(attrs);
        }
        return Value.string(raw.toString());
    }
}
