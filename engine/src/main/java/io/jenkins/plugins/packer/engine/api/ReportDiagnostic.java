package io.jenkins.plugins.packer.engine.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A diagnostic (HCL's: severity, summary, detail, subject range).
 *
 * @param severity {@code error} or {@code warning}
 * @param summary one line
 * @param detail longer explanation, may be empty
 * @param subject the source range it is about; null when none applies
 */
public record ReportDiagnostic(Severity severity, String summary, String detail, Range subject) {

    /** The severity. */
    public enum Severity {
        @JsonProperty("error") ERROR,
        @JsonProperty("warning") WARNING
    }

    /** A source range: start inclusive, end exclusive. */
    public record Range(String filename, Pos start, Pos end) {
    }

    /** A position: 1-based line and column, 0-based byte offset. */
    public record Pos(int line, int column, @JsonProperty("byte") int byteOffset) {
    }
}
