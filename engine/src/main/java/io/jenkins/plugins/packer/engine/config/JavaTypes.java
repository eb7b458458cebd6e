package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The Java types a configuration record may use, and the HCL type each one stands for. */
final class JavaTypes {

    private JavaTypes() {
    }

    /**
     * The HCL type of an attribute of Java type {@code t}.
     *
     * @throws IllegalArgumentException for a Java type configurations may not use (a programming error)
     */
    static Type hclType(java.lang.reflect.Type t) {
        if (t == String.class || t == Duration.class) {
            return Type.STRING;
        }
        if (t == Boolean.class || t == boolean.class) {
            return Type.BOOL;
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class || t == Double.class
                || t == double.class || t == BigDecimal.class) {
            return Type.NUMBER;
        }
        if (t == Value.class) {
            return Type.DYNAMIC;
        }
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return Type.list(hclType(p.getActualTypeArguments()[0]));
        }
        if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
            if (p.getActualTypeArguments()[0] != String.class) {
                throw new IllegalArgumentException("map keys must be strings: " + t);
            }
            return Type.map(hclType(p.getActualTypeArguments()[1]));
        }
        throw new IllegalArgumentException("unsupported configuration field type " + t.getTypeName());
    }

    static boolean isRecord(java.lang.reflect.Type t) {
        return t instanceof Class<?> c && c.isRecord();
    }

    /** The record type of a {@code List<SomeRecord>}, or null. */
    static Class<?> recordListElement(java.lang.reflect.Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class
                && isRecord(p.getActualTypeArguments()[0])) {
            return (Class<?>) p.getActualTypeArguments()[0];
        }
        return null;
    }

    static boolean isDuration(java.lang.reflect.Type t) {
        return t == Duration.class;
    }

    /** The value a primitive component takes when nothing sets it (records cannot hold null primitives). */
    static Object absent(java.lang.reflect.Type t) {
        if (t == boolean.class) {
            return Boolean.FALSE;
        }
        if (t == int.class) {
            return 0;
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == double.class) {
            return 0.0;
        }
        return null;
    }

    /** snake_case of a camelCase component name: {@code sshPrivateKeyFile} gives {@code ssh_private_key_file}. */
    static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
