package io.jenkins.plugins.packer.engine.hcl;

import java.util.Objects;

/**
 * A problem found in user input: how bad, a one-line summary, an optional longer detail, and the source
 * range it is about ({@code subject}, may be null when no source location applies) plus an optional wider
 * {@code context} range (for example the whole expression around the subject).
 */
public record Diagnostic(Severity severity, String summary, String detail, Range subject, Range context) {

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(summary);
        detail = detail == null ? "" : detail;
    }

    public static Diagnostic error(String summary, String detail, Range subject) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject, null);
    }

    public static Diagnostic warning(String summary, String detail, Range subject) {
        return new Diagnostic(Severity.WARNING, summary, detail, subject, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (subject == null ? "" : subject + ": ") + severity.label() + ": " + summary
                + (detail.isEmpty() ? "" : "; " + detail);
    }
}
