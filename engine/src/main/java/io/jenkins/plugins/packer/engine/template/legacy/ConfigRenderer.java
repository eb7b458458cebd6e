package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Interpolates a component configuration as the SDK's {@code interpolate.RenderMap}: every string at any depth
 * (nested map keys included) is first checked to parse ({@code invalid 'KEY': ...}), then rendered once unless
 * its top-level key is excluded ({@code render 'KEY': ...}). Errors carry the SDK's wording, the offending
 * string appended ({@code ... in:\n\nTEXT}).
 */
final class ConfigRenderer {

    private final InterpolationContext ctx;
    private final Set<String> excluded;
    private final BiConsumer<String, String> error;

    /**
     * @param error receives the top-level key and the message of each failure
     */
    ConfigRenderer(InterpolationContext ctx, Set<String> excluded, BiConsumer<String, String> error) {
        this.ctx = ctx;
        this.excluded = excluded.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.error = error;
    }

    /** The rendered configuration, or null when a string failed. */
    Map<String, Object> render(Map<String, Object> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Object> e : config.entrySet()) {
            String key = e.getKey();
            try {
                walk(e.getValue(), false);
            } catch (Failure f) {
                error.accept(key, "invalid '" + key + "': " + f.getMessage());
                ok = false;
                continue;
            }
            if (excluded.contains(key.toLowerCase(Locale.ROOT))) {
                out.put(key, e.getValue());
                continue;
            }
            try {
                out.put(key, walk(e.getValue(), true));
            } catch (Failure f) {
                error.accept(key, "render '" + key + "': " + f.getMessage());
                ok = false;
            }
        }
        return ok ? Plain.freezeMap(out) : null;
    }

    private Object walk(Object v, boolean render) {
        if (v instanceof String s) {
            return string(s, render);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(string(String.valueOf(e.getKey()), render), walk(e.getValue(), render));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object e : l) {
                out.add(walk(e, render));
            }
            return out;
        }
        return v;
    }

    private String string(String s, boolean render) {
        try {
            if (render) {
                return Interpolator.renderOnce(s, ctx);
            }
            Interpolator.validate(s, ctx);
            return s;
        } catch (GoTemplateException e) {
            throw new Failure(e.getMessage() + " in:\n\n" + s);
        }
    }

    /** Unwinds the walk on the first failing string of a key. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
