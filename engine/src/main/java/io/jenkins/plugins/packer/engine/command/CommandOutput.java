package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.DiagnosticWriter;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where a command writes, as Packer's UI does: {@link #say} on the output stream, {@link #error} on the error
 * stream. Packer's real CLI sends both to standard output (the CLI passes the same writer twice); its tests
 * capture them apart, and so can ours.
 *
 * @param quoteSource whether diagnostics quote the source lines they point at (this engine's default); without
 *     it they read exactly as Packer's, which prints {@code (source code not available)}
 */
public record CommandOutput(PrintWriter out, PrintWriter err, boolean quoteSource) {

    /** Both streams on one writer, diagnostics quoting their source: the CLI's choice. */
    public static CommandOutput of(PrintWriter out) {
        return new CommandOutput(out, out, true);
    }

    /** A UI message: the text and a newline on the output stream. */
    public void say(String text) {
        out.print(text + "\n");
        out.flush();
    }

    /** A UI error: the text and a newline on the error stream. */
    public void error(String text) {
        err.print(text + "\n");
        err.flush();
    }

    /**
     * Packer's {@code writeDiags}: all diagnostics in one message, on the error stream when one of them is an
     * error and on the output stream otherwise. Returns 1 when there were errors, else 0.
     */
    public int diagnostics(List<SourceFile> files, Diagnostics diags) {
        return diagnostics(files, diags, UnaryOperator.identity());
    }

    /** As {@link #diagnostics(List, Diagnostics)}, the text passed through {@code mask} (secrets) first. */
    public int diagnostics(List<SourceFile> files, Diagnostics diags, UnaryOperator<String> mask) {
        if (diags.isEmpty()) {
            return 0;
        }
        DiagnosticWriter writer = new DiagnosticWriter(quoteSource ? files : List.of(), false);
        StringBuilder sb = new StringBuilder();
        diags.forEach(d -> sb.append(writer.render(d)));
        // the UI message ends with a newline of its own
        String text = mask.apply(sb.append('\n').toString());
        if (diags.hasErrors()) {
            err.print(text);
            err.flush();
            return 1;
        }
        out.print(text);
        out.flush();
        return 0;
    }
}
