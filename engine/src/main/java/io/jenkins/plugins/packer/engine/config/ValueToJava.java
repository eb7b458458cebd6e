package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a known, converted HCL value into the Java type of a configuration field. */
final class ValueToJava {

    private ValueToJava() {
    }

    /**
     * @throws IllegalArgumentException when the value does not fit (a fraction for an integer, a bad duration),
     *     with a message in the style of cty's conversion errors
     */
    static Object convert(Value v, java.lang.reflect.Type t) {
        if (t == Value.class) {
            return v;
        }
        if (v.isNull()) {
            return JavaTypes.absent(t);
        }
        if (t == String.class) {
            return v.asString();
        }
        if (t == Duration.class) {
            return GoDuration.parse(v.asString());
        }
        if (t == Boolean.class || t == boolean.class) {
            return v.asBool();
        }
        if (t == BigDecimal.class) {
            return v.asNumber();
        }
        if (t == Double.class || t == double.class) {
            return v.asNumber().doubleValue();
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            BigDecimal n = v.asNumber();
            try {
                long l = n.longValueExact();
                if ((t == Integer.class || t == int.class) && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
                    throw new IllegalArgumentException("the number " + n.toPlainString() + " is too large");
                }
                return t == Integer.class || t == int.class ? (Object) (int) l : (Object) l;
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("a whole number is required");
            }
        }
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> out = new ArrayList<>();
            for (Value e : v.elements()) {
                out.add(convert(e, p.getActualTypeArguments()[0]));
            }
            return List.copyOf(out);
        }
        if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
                out.put(e.getKey(), convert(e.getValue(), p.getActualTypeArguments()[1]));
            }
            return java.util.Collections.unmodifiableMap(out);
        }
        throw new IllegalArgumentException("unsupported configuration field type " + t.getTypeName());
    }
}
