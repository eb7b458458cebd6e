package io.jenkins.plugins.packer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the engine's JSON build report. Expected shape (the contract proposed to the engine; see
 * docs/jenkins.md): {@code {"builds":[{"name","type","artifactId","files":[..],"durationMillis","error"}],
 * "manifest":"path","diagnostics":[{"severity","summary","detail","file","line","column"}]}} (a diagnostic may
 * carry HCL's {@code range:{filename,start:{line,column}}} instead of file/line/column). Unknown fields are ignored; {@code durationSeconds} is accepted for {@code durationMillis}.
 */
public final class EngineReportReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineReportReader() {
    }

    /**
     * Parses a report.
     *
     * @throws IOException when the bytes are not JSON or not a report object
     */
    public static EngineReport read(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("the engine's build report is not a JSON object");
        }
        List<BuildOutcome> builds = new ArrayList<>();
        for (JsonNode b : root.path("builds")) {
            List<String> files = new ArrayList<>();
            for (JsonNode f : b.path("files")) {
                if (f.isTextual()) {
                    files.add(f.asText());
                }
            }
            long millis = b.has("durationMillis") ? b.path("durationMillis").asLong()
                    : Math.round(b.path("durationSeconds").asDouble() * 1000);
            builds.add(new BuildOutcome(text(b, "name"), text(b, "type"), text(b, "artifactId"), files, millis,
                    text(b, "error")));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode d : root.path("diagnostics")) {
            JsonNode range = d.path("range");
            diagnostics.add(new Diagnostic(text(d, "severity"), text(d, "summary"), text(d, "detail"),
                    d.has("file") ? text(d, "file") : text(range, "filename"),
                    d.has("line") ? d.path("line").asInt() : range.path("start").path("line").asInt(),
                    d.has("column") ? d.path("column").asInt() : range.path("start").path("column").asInt()));
        }
        return new EngineReport(builds, text(root, "manifest"), diagnostics);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
