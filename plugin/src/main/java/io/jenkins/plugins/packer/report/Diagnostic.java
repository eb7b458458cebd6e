package io.jenkins.plugins.packer.report;

/**
 * A template diagnostic from the engine's report ({@code packerValidate} fails with the errors and returns the
 * warnings).
 *
 * @param severity {@code error} or {@code warning}
 * @param summary one-line summary
 * @param detail longer explanation, may be {@code null}
 * @param file template file, may be {@code null}
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Diagnostic(String severity, String summary, String detail, String file, int line, int column) {

    public boolean isError() {
        return !"warning".equalsIgnoreCase(severity);
    }

    /** {@code file:line:col: summary: detail}, with the parts that are known. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
            if (line > 0) {
                b.append(':').append(line);
                if (column > 0) {
                    b.append(':').append(column);
                }
            }
            b.append(": ");
        }
        b.append(summary);
        if (detail != null && !detail.isBlank()) {
            b.append(": ").append(detail);
        }
        return b.toString();
    }
}
