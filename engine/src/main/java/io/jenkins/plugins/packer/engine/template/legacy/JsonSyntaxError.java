package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.nio.charset.StandardCharsets;

/**
 * A JSON syntax error as Go's {@code encoding/json} reports it: the message ({@code invalid character '}'
 * looking for beginning of object key string}) and the offset Go gives (bytes read, the bad byte included),
 * plus the range of the offending byte for diagnostics.
 */
public record JsonSyntaxError(String message, int goOffset, Range range) {

    /**
     * Packer's rendering of the error ({@code template.ParseFile}): the message, Go's line and column for the
     * offset (columns are counted from 0 on the first line and from 1 on later ones, as Packer does), and the
     * offending line with the line before it and a caret.
     */
    public String packerDetail(byte[] source) {
        int line = 1;
        int col = 0;
        StringBuilder lastLine = new StringBuilder();
        StringBuilder thisLine = new StringBuilder();
        int n = Math.min(goOffset, source.length);
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            if (source[i] == '\n') {
                lastLine.setLength(0);
                lastLine.append(new String(source, lineStart, i - lineStart, StandardCharsets.UTF_8));
                lineStart = i + 1;
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        thisLine.append(new String(source, lineStart, n - lineStart, StandardCharsets.UTF_8));
        StringBuilder highlight = new StringBuilder();
        if (line > 1) {
            highlight.append(String.format("%5d: %s\n", line - 1, lastLine));
        }
        highlight.append(String.format("%5d: %s\n", line, thisLine));
        highlight.append(" ".repeat(col + 5)).append("^\n");
        return "Error parsing JSON: " + message + "\nAt line " + line + ", column " + col + " (offset " + goOffset
                + "):\n" + highlight;
    }
}
