package io.jenkins.plugins.packer.engine.api;

/**
 * Environment variables through which a host that starts the engine as a process (the Jenkins plugin) passes
 * what Packer's command line has no flag for. The engine reads them; the plugin sets them. They are this
 * project's own names (Packer knows none of them) and are documented in docs/jenkins.md ("Contract with the
 * engine") and docs/report.md.
 */
public final class HostEnvironment {

    /**
     * Path of the JSON report ({@code build} and {@code validate}), for callers that cannot add {@code -report}
     * to the command line. The flag wins when both are given.
     */
    public static final String REPORT = "PACKER_STEPS_REPORT";

    /** Comma-separated names of input variables to treat as sensitive whatever the template declares. */
    public static final String SENSITIVE_VARIABLES = "JPACKER_SENSITIVE_VARIABLES";

    /**
     * A JSON object of strings recorded as {@code custom_data} by every {@code manifest} post-processor that has
     * no {@code custom_data} of its own. Values are taken literally (they are not templates).
     */
    public static final String MANIFEST_CUSTOM_DATA = "JPACKER_MANIFEST_CUSTOM_DATA";

    private HostEnvironment() {
    }

    /** The names in a {@link #SENSITIVE_VARIABLES} value (comma-separated, blanks ignored); empty for null. */
    public static java.util.Set<String> sensitiveVariableNames(String value) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (value != null) {
            for (String n : value.split(",")) {
                if (!n.isBlank()) {
                    out.add(n.trim());
                }
            }
        }
        return out;
    }
}
