package io.jenkins.plugins.packer.launch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON var file ({@code .pkrvars.json}) the step generates: the user's {@code vars} (typed values: strings,
 * numbers, booleans, lists, maps) plus the template variables bound from credentials. It is written with
 * owner-only permissions into the step's temporary directory and deleted when the step ends.
 */
public final class VarFile {

    /** Suffix Packer uses to recognise a JSON var file. */
    public static final String SUFFIX = ".pkrvars.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VarFile() {
    }

    /**
     * The file's content.
     *
     * @throws IllegalArgumentException when a name is both in {@code vars} and bound from a credential, or a
     *     value is not JSON-representable
     */
    public static byte[] content(Map<String, ?> vars, Map<String, String> boundVariables) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (vars != null) {
            all.putAll(vars);
        }
        for (Map.Entry<String, String> e : boundVariables.entrySet()) {
            if (all.containsKey(e.getKey())) {
                throw new IllegalArgumentException("the variable '" + e.getKey()
                        + "' is set in vars and also bound from a credential");
            }
            all.put(e.getKey(), e.getValue());
        }
        try {
            return JSON.writeValueAsString(all).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // never include the value: it may be a secret
            throw new IllegalArgumentException("vars contains a value that cannot be written as JSON");
        }
    }
}
