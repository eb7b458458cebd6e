package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.config.GoDecode;
import io.jenkins.plugins.packer.engine.config.GoDecode.DecodeException;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads builders, provisioners and post-processors out of a template's JSON, with the SDK's decoding rules
 * (builders and provisioners weakly typed, post-processors strictly) and messages.
 */
final class ComponentReader {

    private static final Set<String> PROVISIONER_KEYS =
            Set.of("except", "only", "override", "pause_before", "max_retries", "type", "timeout");
    private static final Set<String> POST_PROCESSOR_KEYS = Set.of("except", "only", "keep_input_artifact", "type",
            "name");

    private final BiConsumer<String, Range> error;

    ComponentReader(BiConsumer<String, Range> error) {
        this.error = error;
    }

    /** The value of {@code name} in {@code o} (mapstructure's case-insensitive match), or null. */
    private static Object field(JsonValue.JsonObject o, String name) {
        JsonValue.Member m = Plain.find(o, name);
        return m == null ? null : m.value().toPlain();
    }


    /** The object's members except {@code consumed} keys (exact match, as the SDK deletes them). */
    private static Map<String, Object> config(JsonValue.JsonObject o, Set<String> consumed,
            Map<String, Range> keyRanges) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (JsonValue.Member m : o.members()) {
            keyRanges.put(m.key(), m.keyRange());
            if (!consumed.contains(m.key())) {
                out.put(m.key(), m.value().toPlain());
            }
        }
        return Plain.freezeMap(out);
    }

    Map<String, LegacyBuilder> builders(List<Object> raw, List<JsonValue> nodes) {
        Map<String, LegacyBuilder> out = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String prefix = "builder " + (i + 1) + ": ";
            JsonValue node = nodes.get(i);
            if (!(node instanceof JsonValue.JsonObject o)) {
                if (node instanceof JsonValue.JsonNull) {
                    error.accept(prefix + "missing 'type'", node.range());
                } else {
                    error.accept(prefix + "'' expected a map, got '" + GoDecode.goKind(raw.get(i)) + "'",
                            node.range());
                }
                continue;
            }
            String name;
            String type;
            try {
                name = weakString(o, "name", "Name");
                type = weakString(o, "type", "Type");
            } catch (DecodeException e) {
                error.accept(prefix + e.getMessage(), o.range());
                continue;
            }
            if (type.isEmpty()) {
                error.accept(prefix + "missing 'type'", o.range());
                continue;
            }
            if (name.isEmpty()) {
                name = type;
            }
            if (out.containsKey(name)) {
                error.accept(prefix + "builder with name '" + name + "' already exists", o.range());
                continue;
            }
            Map<String, Range> keys = new LinkedHashMap<>();
            Map<String, Object> cfg = config(o, Set.of("name", "type"), keys);
            out.put(name, new LegacyBuilder(name, type, cfg, o.range(), keys));
        }
        return out;
    }

    private static String weakString(JsonValue.JsonObject o, String key, String goName) throws DecodeException {
        Object v = field(o, key);
        return v == null ? "" : GoDecode.decodeString(goName, v, true);
    }

    LegacyProvisioner provisioner(JsonValue node, String prefix) {
        String p = prefix + "Error decoding provisioner: ";
        if (!(node instanceof JsonValue.JsonObject o)) {
            if (node instanceof JsonValue.JsonNull) {
                error.accept(prefix + "Provisioner missing 'type'", node.range());
            } else {
                error.accept(p + "'' expected a map, got '" + GoDecode.goKind(node.toPlain()) + "'", node.range());
            }
            return null;
        }
        List<String> problems = new ArrayList<>();
        String type = attempt(problems, () -> weakString(o, "type", "Type"), "");
        List<String> only = attempt(problems, () -> weakList(o, "only", "Only"), List.of());
        List<String> except = attempt(problems, () -> weakList(o, "except", "Except"), List.of());
        Map<String, Object> override = attempt(problems, () -> {
            Object v = field(o, "override");
            return v == null ? Map.<String, Object>of() : GoDecode.decodeMap("Override", v, true);
        }, Map.of());
        Duration pause = attempt(problems, () -> duration(o, "pause_before"), Duration.ZERO);
        String retries = attempt(problems, () -> {
            Object v = field(o, "max_retries");
            return v == null ? "" : GoDecode.decodeString("max_retries", v, true);
        }, "");
        Duration timeout = attempt(problems, () -> duration(o, "timeout"), Duration.ZERO);
        if (!problems.isEmpty()) {
            problems.stream().sorted().forEach(m -> error.accept(p + m, o.range()));
            return null;
        }
        if (type.isEmpty()) {
            error.accept(prefix + "Provisioner missing 'type'", o.range());
            return null;
        }
        Map<String, Range> keys = new LinkedHashMap<>();
        Map<String, Object> cfg = config(o, PROVISIONER_KEYS, keys);
        return new LegacyProvisioner(type, new OnlyExcept(only, except), Plain.freezeMap(override), pause, retries,
                timeout, cfg, o.range(), keys);
    }

    private static List<String> weakList(JsonValue.JsonObject o, String key, String goName) throws DecodeException {
        Object v = field(o, key);
        return v == null ? List.of() : GoDecode.decodeStringList(goName, v, true, false);
    }

    private static Duration duration(JsonValue.JsonObject o, String key) throws DecodeException {
        Object v = field(o, key);
        return v == null ? Duration.ZERO : GoDecode.decodeDuration(key, v, true);
    }

    /** A decode step whose failure is recorded (every line of its message) instead of stopping the others. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws DecodeException;
    }

    private static <T> T attempt(List<String> problems, Step<T> step, T fallback) {
        try {
            return step.run();
        } catch (DecodeException e) {
            problems.addAll(e.getMessage().lines().toList());
            return fallback;
        }
    }

    List<List<LegacyPostProcessor>> postProcessors(List<Object> raw, List<JsonValue> nodes) {
        List<List<LegacyPostProcessor>> chains = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            JsonValue node = nodes.get(i);
            List<JsonValue> elems;
            if (node instanceof JsonValue.JsonString || node instanceof JsonValue.JsonObject) {
                elems = List.of(node);
            } else if (node instanceof JsonValue.JsonArray a) {
                elems = a.items();
                boolean bad = false;
                for (int j = 0; j < elems.size(); j++) {
                    JsonValue e = elems.get(j);
                    String where = "post-processor " + (i + 1) + "." + (j + 1) + ": ";
                    if (e instanceof JsonValue.JsonArray) {
                        error.accept(where + "sequence not allowed to be nested in a sequence", e.range());
                        bad = true;
                    } else if (!(e instanceof JsonValue.JsonString || e instanceof JsonValue.JsonObject)) {
                        error.accept(where + "unknown format", e.range());
                        bad = true;
                    }
                }
                if (bad) {
                    continue;
                }
            } else {
                error.accept("post-processor " + (i + 1) + ": bad format", node.range());
                continue;
            }
            List<LegacyPostProcessor> chain = new ArrayList<>();
            for (int j = 0; j < elems.size(); j++) {
                LegacyPostProcessor pp = postProcessor(elems.get(j), "post-processor " + (i + 1) + "." + (j + 1) + ": ");
                if (pp != null) {
                    chain.add(pp);
                }
            }
            chains.add(List.copyOf(chain));
        }
        return chains;
    }

    private LegacyPostProcessor postProcessor(JsonValue node, String prefix) {
        if (node instanceof JsonValue.JsonString s) {
            if (s.value().isEmpty()) {
                error.accept(prefix + "type is required", s.range());
                return null;
            }
            return new LegacyPostProcessor(s.value(), s.value(), OnlyExcept.NONE, null, Map.of(), s.range(),
                    Map.of());
        }
        JsonValue.JsonObject o = (JsonValue.JsonObject) node;
        List<String> problems = new ArrayList<>();
        String name = attempt(problems, () -> strictString(o, "name", "Name"), "");
        String type = attempt(problems, () -> strictString(o, "type", "Type"), "");
        List<String> only = attempt(problems, () -> strictList(o, "only", "Only"), List.of());
        List<String> except = attempt(problems, () -> strictList(o, "except", "Except"), List.of());
        Boolean keep = attempt(problems, () -> {
            Object v = field(o, "keep_input_artifact");
            return v == null ? null : GoDecode.decodeBool("keep_input_artifact", v, false);
        }, null);
        if (!problems.isEmpty()) {
            problems.stream().sorted().forEach(m -> error.accept(prefix + m, o.range()));
            return null;
        }
        if (type.isEmpty()) {
            error.accept(prefix + "type is required", o.range());
            return null;
        }
        Map<String, Range> keys = new LinkedHashMap<>();
        Map<String, Object> cfg = config(o, POST_PROCESSOR_KEYS, keys);
        return new LegacyPostProcessor(name.isEmpty() ? type : name, type, new OnlyExcept(only, except), keep, cfg,
                o.range(), keys);
    }

    private static String strictString(JsonValue.JsonObject o, String key, String goName) throws DecodeException {
        Object v = field(o, key);
        return v == null ? "" : GoDecode.decodeString(goName, v, false);
    }

    private static List<String> strictList(JsonValue.JsonObject o, String key, String goName)
            throws DecodeException {
        Object v = field(o, key);
        return v == null ? List.of() : GoDecode.decodeStringList(goName, v, false, false);
    }
}
