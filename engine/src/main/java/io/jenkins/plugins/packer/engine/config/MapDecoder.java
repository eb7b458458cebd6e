package io.jenkins.plugins.packer.engine.config;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decodes a legacy JSON component configuration (an interpolated {@code map[string]interface{}}) into the
 * component's configuration record, as Packer's {@code config.Decode} does with mapstructure: weak typing
 * ({@code "true"} to bool, {@code "2048"} to int, numbers to strings, a comma-separated string or a single
 * value to a list), Go durations, case-insensitive key matching, and {@code unknown configuration key: '"x"'}
 * for keys no field takes ({@code type} and {@code packer_*} keys are ignored, as in Packer). Unset fields take
 * their {@link Default}; unset {@link Required} fields are errors; {@link Validated} records are validated.
 */
public final class MapDecoder {

    private final Diagnostics diags;
    private final Range block;
    private final Function<String, Range> keyRange;
    private final Set<String> secrets = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    /** One decode error: mapstructure's message and the top-level key it is about. */
    private record Problem(String message, String key) {
    }

    private MapDecoder(Diagnostics diags, Range block, Function<String, Range> keyRange) {
        this.diags = diags;
        this.block = block;
        this.keyRange = keyRange;
    }

    /** Decodes with every diagnostic pointing at {@code block}. */
    public static <R extends Record> Decoded<R> decode(ConfigSchema<R> schema, Map<String, ?> config,
            Diagnostics diags, Range block) {
        return decode(schema, config, diags, block, k -> null);
    }

    /**
     * Decodes {@code config} into {@code schema}'s record. Problems go to {@code diags}, each pointing at the
     * range {@code keyRange} gives for the top-level key concerned (or at {@code block}). The result's record
     * is null when there were errors; its secrets are the values of {@link Sensitive} fields.
     */
    public static <R extends Record> Decoded<R> decode(ConfigSchema<R> schema, Map<String, ?> config,
            Diagnostics diags, Range block, Function<String, Range> keyRange) {
        MapDecoder d = new MapDecoder(diags, block, keyRange);
        Set<String> unused = new TreeSet<>();
        R record = d.decodeRecord(schema, config == null ? Map.of() : config, "", unused);
        for (String key : unused) {
            if (key.equals("type") || key.startsWith("packer_")) {
                continue;
            }
            d.problems.add(new Problem("unknown configuration key: '" + GoQuote.quote(key) + "'", key));
        }
        d.problems.sort((a, b) -> a.message.compareTo(b.message));
        for (Problem p : d.problems) {
            diags.error(p.message, "", d.rangeOf(p.key));
        }
        if (!d.problems.isEmpty() || record == null) {
            return new Decoded<>(null, Set.of(), d.secrets);
        }
        List<Validated> parts = schema.validatedParts(record);
        if (!parts.isEmpty()) {
            Map<String, Range> fieldRanges = new HashMap<>();
            for (ConfigField f : schema.fields()) {
                String k = findKey(config == null ? Map.of() : config, f.name());
                if (k != null && config.get(k) != null) {
                    fieldRanges.put(f.name(), d.rangeOf(k));
                }
            }
            int before = diags.size();
            Validation validation = new Validation(diags, fieldRanges, block, Set.of());
            for (Validated v : parts) {
                v.validate(validation);
            }
            boolean failed = diags.asList().subList(before, diags.size()).stream().anyMatch(x -> x.isError());
            if (failed) {
                return new Decoded<>(null, Set.of(), d.secrets);
            }
        }
        return new Decoded<>(record, Set.of(), d.secrets);
    }

    private Range rangeOf(String key) {
        if (key == null) {
            return block;
        }
        String top = key.split("[.\\[]", 2)[0];
        Range r = keyRange.apply(top);
        return r != null ? r : block;
    }

    /** mapstructure's key lookup: the exact name, else the first key equal ignoring case. */
    private static String findKey(Map<String, ?> map, String name) {
        if (map.containsKey(name)) {
            return name;
        }
        for (String k : map.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private <R extends Record> R decodeRecord(ConfigSchema<R> schema, Map<String, ?> map, String prefix,
            Set<String> unused) {
        Set<String> left = new TreeSet<>(map.keySet());
        List<ConfigField> fields = schema.fields();
        Map<String, Object> args = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < fields.size(); i++) {
            ConfigField f = fields.get(i);
            String key = findKey(map, f.name());
            String path = prefix + f.name();
            Object raw = key == null ? null : map.get(key);
            if (key != null) {
                left.remove(key);
            }
            try {
                if (raw == null) {
                    if (f.required()) {
                        diags.error("Missing required argument", "The argument \"" + path
                                + "\" is required, but no definition was found.", rangeOf(key != null ? key : null));
                        ok = false;
                        continue;
                    }
                    args.put(f.name(), unset(f, path));
                } else {
                    args.put(f.name(), convert(raw, f.javaType(), path, f));
                    if (f.sensitive()) {
                        collectSecrets(args.get(f.name()));
                    }
                }
            } catch (GoDecode.DecodeException e) {
                for (String m : e.getMessage().split("\n")) {
                    if (m.isBlank()) {
                        continue;
                    }
                    problems.add(new Problem(m, prefix.isEmpty() ? key : prefix.split("[.\\[]", 2)[0]));
                }
                ok = false;
            }
        }
        for (String k : left) {
            unused.add(prefix + k);
        }
        if (!ok) {
            return null;
        }
        return schema.construct(args);
    }

    /** The value of a field the template does not set: its default, or Java's empty value. */
    private Object unset(ConfigField f, String path) throws GoDecode.DecodeException {
        if (f.defaultText() != null) {
            return convert(f.defaultText(), f.javaType(), path, f);
        }
        if (f.kind() == FieldKind.BLOCK) {
            return null;
        }
        if (f.kind() == FieldKind.BLOCK_LIST) {
            return List.of();
        }
        if (f.javaType() == io.jenkins.plugins.packer.engine.hcl.value.Value.class) {
            return io.jenkins.plugins.packer.engine.hcl.value.Value.NULL;
        }
        return JavaTypes.absent(f.javaType());
    }

    private Object convert(Object raw, java.lang.reflect.Type t, String path, ConfigField field)
            throws GoDecode.DecodeException {
        if (t instanceof Class<?> c && c.isRecord()) {
            Map<String, Object> m = GoDecode.decodeMap(path, raw, false);
            Set<String> nestedUnused = new TreeSet<>();
            Object r = decodeRecord(ConfigSchema.of(c.asSubclass(Record.class)), m, path + ".", nestedUnused);
            for (String u : nestedUnused) {
                problems.add(new Problem("unknown configuration key: '" + GoQuote.quote(u) + "'", path));
            }
            if (r == null) {
                throw new GoDecode.DecodeException("");
            }
            return r;
        }
        return WeakJava.convert(raw, t, path, this::nestedRecord);
    }

    private Object nestedRecord(Object raw, Class<?> type, String path) throws GoDecode.DecodeException {
        return convert(raw, type, path, null);
    }

    private void collectSecrets(Object v) {
        if (v instanceof String s && !s.isEmpty()) {
            secrets.add(s);
        } else if (v instanceof Number n) {
            secrets.add(n.toString());
        } else if (v instanceof List<?> l) {
            l.forEach(this::collectSecrets);
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(this::collectSecrets);
        }
    }

    static boolean isList(java.lang.reflect.Type t) {
        return t instanceof ParameterizedType p && p.getRawType() == List.class;
    }
}
