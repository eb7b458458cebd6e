package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.config.GoDecode;
import io.jenkins.plugins.packer.engine.config.GoDecode.DecodeException;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a legacy JSON template as packer-plugin-sdk's {@code template.Parse} does: Go's JSON syntax errors with
 * Packer's position report, {@code template has duplicate field: X}, mapstructure decoding of the top level
 * (unknown root keys are errors, {@code _}-keys are comments, {@code push} is accepted and ignored), then the
 * builders, provisioners, post-processor chains and variables with the SDK's messages. Every problem is a
 * diagnostic with summary {@value #SUMMARY} and the SDK's message as detail; parsing never throws.
 */
public final class LegacyTemplateParser {

    /** The summary of every parse diagnostic (Packer prints {@code Failed to parse template: DETAIL}). */
    public static final String SUMMARY = "Failed to parse template";

    /** Top-level fields: key, name mapstructure uses in messages. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("min_packer_version", "min_packer_version");
        FIELDS.put("description", "Description");
        FIELDS.put("builders", "builders");
        FIELDS.put("comments", "Comments");
        FIELDS.put("push", "Push");
        FIELDS.put("post-processors", "post-processors");
        FIELDS.put("provisioners", "Provisioners");
        FIELDS.put("error-cleanup-provisioner", "error-cleanup-provisioner");
        FIELDS.put("variables", "Variables");
        FIELDS.put("sensitive-variables", "sensitive-variables");
        FIELDS.put("rawcontents", "RawContents");
    }

    private final Diagnostics diags;
    private final Range whole;
    private int errors;

    private LegacyTemplateParser(Diagnostics diags, Range whole) {
        this.diags = diags;
        this.whole = whole;
    }

    /** Reads and parses {@code file}; the template's path is the file's absolute path. */
    public static LegacyTemplate parseFile(Path file, Diagnostics diags) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diags.error(SUMMARY, "open " + file + ": no such file or directory", null);
            return null;
        } catch (IOException e) {
            diags.error(SUMMARY, "open " + file + ": " + e.getMessage(), null);
            return null;
        }
        return parse(file.toString(), bytes, file.toAbsolutePath().normalize(), diags);
    }

    /**
     * Parses template source. Returns null when there were errors (all reported to {@code diags}).
     *
     * @param filename the name diagnostics use
     * @param path the template's absolute path for {@code template_dir}, or null
     */
    public static LegacyTemplate parse(String filename, byte[] source, Path path, Diagnostics diags) {
        JsonParser.Result r = JsonParser.parse(filename, source);
        if (r.error() != null) {
            diags.error(SUMMARY, r.error().packerDetail(source), r.error().range());
            return null;
        }
        JsonValue.Member dup = firstDuplicate(r.value());
        if (dup != null) {
            diags.error(SUMMARY, "template has duplicate field: " + dup.key(), dup.keyRange());
            return null;
        }
        return new LegacyTemplateParser(diags, r.value().range()).template(r.value(), path);
    }

    /** The first repeated key in document order, as the SDK's checkForDuplicateFields finds it. */
    private static JsonValue.Member firstDuplicate(JsonValue v) {
        if (v instanceof JsonValue.JsonObject o) {
            Set<String> seen = new HashSet<>();
            for (JsonValue.Member m : o.members()) {
                if (!seen.add(m.key())) {
                    return m;
                }
                JsonValue.Member inner = firstDuplicate(m.value());
                if (inner != null) {
                    return inner;
                }
            }
        } else if (v instanceof JsonValue.JsonArray a) {
            for (JsonValue e : a.items()) {
                JsonValue.Member inner = firstDuplicate(e);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private void error(String detail, Range at) {
        errors++;
        diags.error(SUMMARY, detail, at == null ? whole : at);
    }

    private LegacyTemplate template(JsonValue root, Path path) {
        if (root instanceof JsonValue.JsonNull) {
            return new LegacyTemplate(path, "", "", null, Map.of(), Map.of(), Map.of(), List.of(), null, List.of(),
                    root.range());
        }
        if (!(root instanceof JsonValue.JsonObject top)) {
            error("'' expected a map, got '" + GoDecode.goKind(root.toPlain()) + "'", root.range());
            return null;
        }
        Map<String, JsonValue.Member> fields = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String key : FIELDS.keySet()) {
            JsonValue.Member m = Plain.find(top, key);
            if (m != null) {
                fields.put(key, m);
                used.add(m.key());
            }
        }
        String description = topString(fields.get("description"));
        String minVersion = topString(fields.get("min_packer_version"));
        List<Object> builders = topList(fields.get("builders"));
        List<Object> provisioners = topList(fields.get("provisioners"));
        List<Object> postProcessors = topList(fields.get("post-processors"));
        topList(fields.get("comments"));
        topMap(fields.get("push"));
        topMap(fields.get("variables"));
        List<String> sensitive = new ArrayList<>();
        JsonValue.Member sv = fields.get("sensitive-variables");
        if (sv != null && !(sv.value() instanceof JsonValue.JsonNull)) {
            try {
                sensitive.addAll(strictStrings("sensitive-variables", sv.value().toPlain()));
            } catch (DecodeException e) {
                e.getMessage().lines().forEach(l -> error(l, sv.value().range()));
            }
        }
        Map<String, String> comments = new TreeMap<>();
        for (JsonValue.Member m : new TreeMap<>(membersByKey(top)).values()) {
            if (used.contains(m.key())) {
                continue;
            }
            if (m.key().startsWith("_")) {
                if (m.value() instanceof JsonValue.JsonString s) {
                    comments.put(m.key(), s.value());
                } else {
                    error("Failed to cast root level comment value in comment \"" + m.key() + "\" to string.",
                            m.keyRange());
                }
            } else {
                error("Unknown root level key in template: '" + m.key() + "'", m.keyRange());
            }
        }
        if (errors > 0) {
            return null;
        }
        ComponentReader components = new ComponentReader(this::error);
        Map<String, LegacyVariable> variables = variables(fields.get("variables"), sensitive);
        Map<String, LegacyBuilder> builderMap = components.builders(builders, elements(fields.get("builders")));
        List<List<LegacyPostProcessor>> chains =
                components.postProcessors(postProcessors, elements(fields.get("post-processors")));
        List<LegacyProvisioner> provs = new ArrayList<>();
        List<JsonValue> provNodes = elements(fields.get("provisioners"));
        for (int i = 0; i < provisioners.size(); i++) {
            LegacyProvisioner p = components.provisioner(provNodes.get(i), "provisioner " + (i + 1) + ": ");
            if (p != null) {
                provs.add(p);
            }
        }
        LegacyProvisioner cleanup = null;
        JsonValue.Member cm = fields.get("error-cleanup-provisioner");
        if (cm != null && !(cm.value() instanceof JsonValue.JsonNull)) {
            cleanup = components.provisioner(cm.value(), "On Error Cleanup Provisioner error: ");
        }
        if (errors > 0) {
            return null;
        }
        JsonValue.Member mv = fields.get("min_packer_version");
        return new LegacyTemplate(path, description, minVersion, mv == null ? null : mv.value().range(),
                Map.copyOf(comments), java.util.Collections.unmodifiableMap(variables),
                java.util.Collections.unmodifiableMap(builderMap), List.copyOf(provs), cleanup, List.copyOf(chains),
                top.range());
    }

    private static Map<String, JsonValue.Member> membersByKey(JsonValue.JsonObject o) {
        Map<String, JsonValue.Member> out = new LinkedHashMap<>();
        o.members().forEach(m -> out.put(m.key(), m));
        return out;
    }

    private static List<JsonValue> elements(JsonValue.Member m) {
        return m != null && m.value() instanceof JsonValue.JsonArray a ? a.items() : List.of();
    }

    private String topString(JsonValue.Member m) {
        if (m == null || m.value() instanceof JsonValue.JsonNull) {
            return "";
        }
        try {
            return GoDecode.decodeString(FIELDS.get(canonical(m.key())), m.value().toPlain(), false);
        } catch (DecodeException e) {
            error(e.getMessage(), m.value().range());
            return "";
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> topList(JsonValue.Member m) {
        if (m == null || m.value() instanceof JsonValue.JsonNull) {
            return List.of();
        }
        try {
            return GoDecode.sliceSource(FIELDS.get(canonical(m.key())), m.value().toPlain(), false, false);
        } catch (DecodeException e) {
            error(e.getMessage(), m.value().range());
            return List.of();
        }
    }

    private void topMap(JsonValue.Member m) {
        if (m == null || m.value() instanceof JsonValue.JsonNull) {
            return;
        }
        try {
            GoDecode.decodeMap(FIELDS.get(canonical(m.key())), m.value().toPlain(), false);
        } catch (DecodeException e) {
            error(e.getMessage(), m.value().range());
        }
    }

    private static String canonical(String key) {
        for (String f : FIELDS.keySet()) {
            if (f.equalsIgnoreCase(key)) {
                return f;
            }
        }
        return key;
    }

    /** A strictly decoded {@code []string} (mapstructure without weak typing). */
    static List<String> strictStrings(String name, Object v) throws DecodeException {
        return GoDecode.decodeStringList(name, v, false, false);
    }

    private Map<String, LegacyVariable> variables(JsonValue.Member m, List<String> sensitive) {
        Map<String, LegacyVariable> out = new LinkedHashMap<>();
        if (m == null || !(m.value() instanceof JsonValue.JsonObject o)) {
            return out;
        }
        for (JsonValue.Member v : o.members()) {
            if (v.value() instanceof JsonValue.JsonNull) {
                out.put(v.key(), new LegacyVariable(v.key(), "", true, sensitive.contains(v.key()), v.keyRange()));
                continue;
            }
            try {
                String def = GoDecode.decodeString("", v.value().toPlain(), false);
                out.put(v.key(), new LegacyVariable(v.key(), def, false, sensitive.contains(v.key()), v.keyRange()));
            } catch (DecodeException e) {
                error("variable " + v.key() + ": " + e.getMessage(), v.value().range());
            }
        }
        return out;
    }
}
