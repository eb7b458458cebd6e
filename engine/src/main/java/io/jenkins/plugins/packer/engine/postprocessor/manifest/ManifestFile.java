package io.jenkins.plugins.packer.engine.postprocessor.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * packer-manifest.json read and written as Packer's Go code does: reading keeps the known fields of each build
 * (unknown ones are dropped, missing ones take zero values); writing is {@code json.MarshalIndent} with two
 * spaces: fields in declaration order, {@code build_time} omitted when 0, map keys sorted, and Go's string
 * escaping ({@code <}, {@code >}, {@code &} as {@code \\u003c} ...).
 */
final class ManifestFile {

    final List<ManifestEntry> builds = new ArrayList<>();
    String lastRunUuid = "";

    static ManifestFile parse(String text) throws IOException {
        ManifestFile m = new ManifestFile();
        JsonNode root = ManifestJson.MAPPER.readTree(text);
        if (root == null || root.isNull() || root.isMissingNode()) {
            return m;
        }
        if (!root.isObject()) {
            throw new IOException("json: cannot unmarshal " + kind(root) + " into Go value of type manifest.ManifestFile");
        }
        for (JsonNode b : iterable(root.path("builds"))) {
            List<ManifestEntry.FileEntry> files = null;
            if (b.path("files").isArray()) {
                files = new ArrayList<>();
                for (JsonNode f : b.path("files")) {
                    files.add(new ManifestEntry.FileEntry(f.path("name").asText(""), f.path("size").asLong(0)));
                }
            }
            Map<String, String> custom = null;
            if (b.path("custom_data").isObject()) {
                custom = new TreeMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = b.path("custom_data").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    custom.put(e.getKey(), e.getValue().asText(""));
                }
            }
            m.builds.add(new ManifestEntry(b.path("name").asText(""), b.path("builder_type").asText(""),
                    b.path("build_time").asLong(0), files, b.path("artifact_id").asText(""),
                    b.path("packer_run_uuid").asText(""), custom));
        }
        m.lastRunUuid = root.path("last_run_uuid").asText("");
        return m;
    }

    private static Iterable<JsonNode> iterable(JsonNode n) {
        return n.isArray() ? n : List.of();
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "array" : n.isTextual() ? "string" : n.isNumber() ? "number" : "bool";
    }

    String write() {
        StringBuilder out = new StringBuilder("{\n  \"builds\": ");
        if (builds.isEmpty()) {
            out.append("null");
        } else {
            out.append("[\n");
            for (int i = 0; i < builds.size(); i++) {
                entry(out, builds.get(i));
                out.append(i + 1 < builds.size() ? ",\n" : "\n");
            }
            out.append("  ]");
        }
        out.append(",\n  \"last_run_uuid\": ").append(quote(lastRunUuid)).append("\n}");
        return out.toString();
    }

    private static void entry(StringBuilder out, ManifestEntry e) {
        String in = "      ";
        out.append("    {\n");
        out.append(in).append("\"name\": ").append(quote(e.name())).append(",\n");
        out.append(in).append("\"builder_type\": ").append(quote(e.builderType())).append(",\n");
        if (e.buildTime() != 0) {
            out.append(in).append("\"build_time\": ").append(e.buildTime()).append(",\n");
        }
        out.append(in).append("\"files\": ");
        if (e.files() == null) {
            out.append("null");
        } else if (e.files().isEmpty()) {
            out.append("[]");
        } else {
            out.append("[\n");
            for (int i = 0; i < e.files().size(); i++) {
                ManifestEntry.FileEntry f = e.files().get(i);
                out.append(in).append("  {\n")
                        .append(in).append("    \"name\": ").append(quote(f.name())).append(",\n")
                        .append(in).append("    \"size\": ").append(f.size()).append('\n')
                        .append(in).append("  }").append(i + 1 < e.files().size() ? ",\n" : "\n");
            }
            out.append(in).append(']');
        }
        out.append(",\n");
        out.append(in).append("\"artifact_id\": ").append(quote(e.artifactId())).append(",\n");
        out.append(in).append("\"packer_run_uuid\": ").append(quote(e.packerRunUuid())).append(",\n");
        out.append(in).append("\"custom_data\": ");
        if (e.customData() == null) {
            out.append("null");
        } else if (e.customData().isEmpty()) {
            out.append("{}");
        } else {
            out.append("{\n");
            List<Map.Entry<String, String>> items = new ArrayList<>(new TreeMap<>(e.customData()).entrySet());
            for (int i = 0; i < items.size(); i++) {
                out.append(in).append("  ").append(quote(items.get(i).getKey())).append(": ")
                        .append(quote(items.get(i).getValue())).append(i + 1 < items.size() ? ",\n" : "\n");
            }
            out.append(in).append('}');
        }
        out.append('\n').append("    }");
    }

    /** Go's {@code encoding/json} string encoding (HTML-safe). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
