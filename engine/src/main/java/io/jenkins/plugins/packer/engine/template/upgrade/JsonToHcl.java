package io.jenkins.plugins.packer.engine.template.upgrade;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Packer's {@code jsonBodyToHCL2Body}: a component's JSON configuration as an HCL body, keys sorted. A map
 * holding an object or an array becomes a nested block (and so, always, do {@code linux_options},
 * {@code network_interface} and {@code shared_image_gallery}); a map of plain values an attribute. An array of
 * objects becomes one block per element; other arrays are attributes; empty arrays are left out.
 */
final class JsonToHcl {

    private static final Set<String> ALWAYS_BLOCKS = Set.of("linux_options", "network_interface",
            "shared_image_gallery");

    private JsonToHcl() {
    }

    static void write(HclBody out, Map<String, ?> config) {
        for (Map.Entry<String, ?> e : new TreeMap<>(config).entrySet()) {
            String k = e.getKey();
            Object value = e.getValue();
            if (value instanceof Map<?, ?> map) {
                if (isBlock(k, map.values())) {
                    write(out.block(k), cast(map));
                } else {
                    out.attribute(k, value);
                }
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    continue;
                }
                if (mostComplex(list) instanceof Map) {
                    for (Object element : list) {
                        write(out.block(k), element instanceof Map<?, ?> m ? cast(m) : Map.of());
                    }
                } else {
                    out.attribute(k, value);
                }
            } else {
                out.attribute(k, value);
            }
        }
    }

    /** A map is a block unless all its values are plain (strings, numbers, bools); an empty map is a block. */
    private static boolean isBlock(String key, java.util.Collection<?> values) {
        if (ALWAYS_BLOCKS.contains(key)) {
            return true;
        }
        return !(mostComplex(values) instanceof String || mostComplex(values) instanceof Number
                || mostComplex(values) instanceof Boolean);
    }

    /**
     * Packer's "most complex element": the last element that is not a plain value, else the first plain one
     * (a null counts as not plain, and a later plain value replaces it, as in Packer).
     */
    private static Object mostComplex(java.util.Collection<?> values) {
        Object most = null;
        for (Object v : values) {
            if ((v instanceof String || v instanceof Number || v instanceof Boolean) && most != null) {
                continue;
            }
            most = v;
        }
        return most;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
