package io.jenkins.plugins.packer.engine.template.legacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for decoded JSON held as plain Java values (maps, lists, strings, doubles, booleans, nulls). */
final class Plain {

    private Plain() {
    }

    /** A deep, unmodifiable copy (maps keep their order; nulls are kept). */
    static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, e) -> out.put(String.valueOf(k), freeze(e)));
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(e -> out.add(freeze(e)));
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> freezeMap(Map<String, Object> m) {
        return (Map<String, Object>) freeze(m);
    }

    /** mapstructure's key lookup in an object: the exact key, else the first key equal ignoring case. */
    static JsonValue.Member find(JsonValue.JsonObject o, String name) {
        JsonValue.Member exact = o.member(name);
        if (exact != null) {
            return exact;
        }
        for (JsonValue.Member m : o.members()) {
            if (m.key().equalsIgnoreCase(name)) {
                return m;
            }
        }
        return null;
    }
}
