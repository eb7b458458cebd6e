package io.jenkins.plugins.packer.engine.hcl;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders diagnostics as text, in the layout hashicorp/hcl's text writer gives and Packer prints:
 *
 * <pre>
 * Error: Unsupported argument
 *
 *   on t.pkr.hcl line 3, in source "null" "a":
 *    3:   foo = "bar"
 *
 * An argument named "foo" is not expected here.
 *
 * </pre>
 *
 * Unlike Packer, which loses the file bytes after parsing and prints {@code (source code not available)}
 * for most errors, every diagnostic quotes its source lines when the file is known.
 */
public final class DiagnosticWriter {

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String HIGHLIGHT = "\u001b[1;4m";
    private static final String RESET = "\u001b[0m";

    /** The width Packer's commands give HCL's writer: details are word-wrapped to 80 columns. */
    public static final int PACKER_WIDTH = 80;

    private final Map<String, SourceFile> files = new HashMap<>();
    private final boolean color;
    private final int width;

    /** A writer that does not wrap details. */
    public DiagnosticWriter(Iterable<SourceFile> sources, boolean color) {
        this(sources, color, 0);
    }

    /**
     * A writer that word-wraps each detail to {@code width} columns as HCL does ({@link #PACKER_WIDTH} for
     * Packer's output); 0 leaves details as they are.
     */
    public DiagnosticWriter(Iterable<SourceFile> sources, boolean color, int width) {
        for (SourceFile f : sources) {
            files.put(f.filename(), f);
        }
        this.color = color;
        this.width = width;
    }

    /** Renders all diagnostics, each followed by a blank line as Packer's UI prints them. */
    public String render(Iterable<Diagnostic> diags) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diags) {
            sb.append(render(d)).append('\n');
        }
        return sb.toString();
    }

    /** Renders one diagnostic. */
    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        String sevColor = d.severity() == Severity.ERROR ? RED : YELLOW;
        out.append(color ? sevColor : "").append(d.severity().label()).append(color ? RESET : "")
                .append(": ").append(d.summary()).append("\n\n");
        Range subject = d.subject();
        if (subject != null) {
            SourceFile file = files.get(subject.filename());
            if (file == null || file.bytes() == null) {
                out.append("  on ").append(subject.filename()).append(" line ").append(subject.start().line())
                        .append(":\n  (source code not available)\n\n");
            } else {
                snippet(out, d, file);
            }
        }
        if (!d.detail().isEmpty()) {
            out.append(width > 0 ? WordWrap.wrap(d.detail(), width) : d.detail()).append("\n\n");
        }
        return out.toString();
    }

    private void snippet(StringBuilder out, Diagnostic d, SourceFile file) {
        Range subject = d.subject();
        String context = file.contextAt().apply(subject.start().byteOffset());
        out.append("  on ").append(subject.filename()).append(" line ").append(subject.start().line())
                .append(context == null || context.isEmpty() ? "" : ", in " + context).append(":\n");
        int snipStart = subject.start().byteOffset();
        int snipEnd = subject.end().byteOffset();
        if (d.context() != null) {
            snipStart = Math.min(snipStart, d.context().start().byteOffset());
            snipEnd = Math.max(snipEnd, d.context().end().byteOffset());
        }
        // an empty range is shown as the character it points at
        if (snipEnd == snipStart) {
            snipEnd++;
        }
        int hlStart = subject.start().byteOffset();
        int hlEnd = Math.max(subject.end().byteOffset(), hlStart + 1);

        byte[] src = file.bytes();
        int line = 1;
        int lineStart = 0;
        while (lineStart < src.length) {
            int lineEnd = lineStart;
            while (lineEnd < src.length && src[lineEnd] != '\n') {
                lineEnd++;
            }
            // like bufio.ScanLines, the line's range excludes the newline and a \r before it
            int textEnd = lineEnd > lineStart && src[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (overlaps(lineStart, textEnd, snipStart, snipEnd)) {
                out.append(String.format("%4d: ", line));
                if (color && overlaps(lineStart, textEnd, hlStart, hlEnd)) {
                    int a = Math.max(hlStart, lineStart);
                    int b = Math.min(hlEnd, textEnd);
                    out.append(text(src, lineStart, a)).append(HIGHLIGHT).append(text(src, a, b)).append(RESET)
                            .append(text(src, b, textEnd));
                } else {
                    out.append(text(src, lineStart, textEnd));
                }
                out.append('\n');
            }
            if (lineStart > snipEnd) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        out.append('\n');
    }

    /**
     * hashicorp/hcl's Range.Overlaps: both ranges non-empty and one contains the other's start or end offset
     * (so a subject ending where a line starts still shows that line, as HCL prints it).
     */
    private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        if (aEnd <= aStart || bEnd <= bStart) {
            return false;
        }
        return contains(aStart, aEnd, bStart) || contains(aStart, aEnd, bEnd)
                || contains(bStart, bEnd, aStart) || contains(bStart, bEnd, aEnd);
    }

    private static boolean contains(int start, int end, int offset) {
        return offset >= start && offset < end;
    }

    private static String text(byte[] src, int from, int to) {
        return to <= from ? "" : new String(src, from, to - from, StandardCharsets.UTF_8);
    }
}
