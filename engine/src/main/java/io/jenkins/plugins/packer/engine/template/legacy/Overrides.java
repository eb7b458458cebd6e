package io.jenkins.plugins.packer.engine.template.legacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges a provisioner's per-build {@code override} into its configuration the way Packer's second decode pass
 * does: keys of the override replace the provisioner's, nested objects are merged key by key.
 */
final class Overrides {

    private Overrides() {
    }

    static Map<String, Object> merge(Map<String, Object> base, Map<?, ?> override) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (Map.Entry<?, ?> e : override.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object mine = out.get(k);
            if (mine instanceof Map<?, ?> m && e.getValue() instanceof Map<?, ?> o) {
                @SuppressWarnings("unchecked")
                Map<String, Object> mm = (Map<String, Object>) m;
                out.put(k, merge(mm, o));
            } else {
                out.put(k, e.getValue());
            }
        }
        return Plain.freezeMap(out);
    }
}
