package io.jenkins.plugins.packer.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build metadata Packer itself records for Jenkins (hashicorp/packer
 * {@code internal/hcp/registry/metadata/cicd.go}): these environment keys, where present. Kept on the run action
 * and handed to the engine for the manifest's {@code custom_data}. Only public build facts; never secrets.
 */
public final class JenkinsMetadata {

    /** The keys, in the order they are shown. */
    public static final List<String> KEYS = List.of("JENKINS_URL", "BUILD_URL", "JOB_NAME", "JOB_URL",
            "BUILD_NUMBER", "BUILD_ID", "BUILD_TAG", "NODE_NAME", "GIT_COMMIT", "GIT_BRANCH", "GIT_URL");

    private JenkinsMetadata() {
    }

    /** The keys present (and non-empty) in {@code environment}, in {@link #KEYS} order. */
    public static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : KEYS) {
            String v = environment.get(k);
            if (v != null && !v.isEmpty()) {
                m.put(k, v);
            }
        }
        return m;
    }
}
