package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code -var-file} for a legacy template: a JSON object of strings, read as Packer reads it
 * ({@code Error reading variables in 'FILE': json: cannot unmarshal number into Go value of type string}).
 */
public final class LegacyVarFile {

    private LegacyVarFile() {
    }

    /** The file's variables in document order; null after reporting an error. */
    public static Map<String, String> read(Path file, Diagnostics diags) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diags.error("", "open " + file + ": no such file or directory", null);
            return null;
        } catch (IOException e) {
            diags.error("", "open " + file + ": " + e.getMessage(), null);
            return null;
        }
        return parse(file.toString(), bytes, diags);
    }

    /** Parses var-file content; null after reporting an error. */
    public static Map<String, String> parse(String filename, byte[] bytes, Diagnostics diags) {
        String prefix = "Error reading variables in '" + filename + "': ";
        JsonParser.Result r = JsonParser.parse(filename, bytes);
        if (r.error() != null) {
            diags.error("", prefix + r.error().message(), r.error().range());
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (r.value() instanceof JsonValue.JsonNull) {
            return out;
        }
        if (!(r.value() instanceof JsonValue.JsonObject o)) {
            diags.error("", prefix + "json: cannot unmarshal " + kind(r.value())
                    + " into Go value of type map[string]string", r.value().range());
            return null;
        }
        for (JsonValue.Member m : o.members()) {
            if (m.value() instanceof JsonValue.JsonString s) {
                out.put(m.key(), s.value());
            } else if (m.value() instanceof JsonValue.JsonNull) {
                out.putIfAbsent(m.key(), "");
            } else {
                diags.error("", prefix + "json: cannot unmarshal " + kind(m.value())
                        + " into Go value of type string", m.value().range());
                return null;
            }
        }
        return out;
    }

    private static String kind(JsonValue v) {
        if (v instanceof JsonValue.JsonObject) {
            return "object";
        }
        if (v instanceof JsonValue.JsonArray) {
            return "array";
        }
        if (v instanceof JsonValue.JsonNumber) {
            return "number";
        }
        if (v instanceof JsonValue.JsonBool) {
            return "bool";
        }
        return "string";
    }
}
