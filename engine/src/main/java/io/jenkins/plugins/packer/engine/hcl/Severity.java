package io.jenkins.plugins.packer.engine.hcl;

/** Severity of a {@link Diagnostic}. */
public enum Severity {
    ERROR("Error"), WARNING("Warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed before the summary: {@code Error} or {@code Warning}. */
    public String label() {
        return label;
    }
}
