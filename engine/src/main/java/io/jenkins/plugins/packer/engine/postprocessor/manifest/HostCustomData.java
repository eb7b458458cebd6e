package io.jenkins.plugins.packer.engine.postprocessor.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code custom_data} a host hands in through {@value HostEnvironment#MANIFEST_CUSTOM_DATA} (the Jenkins
 * plugin: the build's {@code JOB_NAME}, {@code BUILD_URL}, {@code GIT_COMMIT} ...), used by a {@code manifest}
 * post-processor whose configuration has no {@code custom_data}. A JSON object whose values are strings; taken
 * literally, never rendered as templates (a job name may contain <code>{{</code>).
 */
final class HostCustomData {

    private final String json;

    private HostCustomData(String json) {
        this.json = json;
    }

    /** What the environment hands in; {@link #isPresent()} is false when the variable is unset or blank. */
    static HostCustomData from(Map<String, String> environment) {
        String value = environment.get(HostEnvironment.MANIFEST_CUSTOM_DATA);
        return new HostCustomData(value == null || value.isBlank() ? null : value);
    }

    boolean isPresent() {
        return json != null;
    }

    /**
     * The entries, sorted by key.
     *
     * @throws IllegalArgumentException when the value is not a JSON object of strings (the message names the
     *     variable, never its value)
     */
    Map<String, String> entries() {
        JsonNode root;
        try {
            root = ManifestJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw invalid("it is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw invalid("it is not a JSON object");
        }
        Map<String, String> out = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw invalid("the value of \"" + e.getKey() + "\" is not a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("Error reading the manifest custom data the host passed in "
                + HostEnvironment.MANIFEST_CUSTOM_DATA + ": " + why + " (expected a JSON object of strings)");
    }
}
