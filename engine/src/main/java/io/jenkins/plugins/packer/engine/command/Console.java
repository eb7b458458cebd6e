package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.DiagnosticWriter;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;
import io.jenkins.plugins.packer.engine.template.TemplateKind;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.TemplateRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code jpacker console}: loads the template (or an empty configuration when there is none), then reads
 * standard input line by line and answers every line with a {@link ConsoleSession}.
 *
 * <p>As Packer, each line is trimmed, diagnostics go to the output stream (Packer's UI writes errors to
 * standard output) rendered as HCL's writer does at 80 columns without quoting the input line
 * ({@code (source code not available)}), and the exit status is 1 when any line failed. Unlike Packer,
 * whose piped mode prints only the value of the last line, the value of every line is printed as soon as it
 * is evaluated, and an error does not end the session; {@code exit} does. With {@code prompt} set (a
 * terminal), {@code > } is written before each line.
 */
public final class Console {

    private final TemplateRequest request;

    /** A console for the template of {@code request} (its path may be null: no template). */
    public Console(TemplateRequest request) {
        this.request = request;
    }

    /** Runs the console until end of input or {@code exit}; returns the exit status (0 or 1). */
    public int run(BufferedReader in, PrintWriter out, boolean prompt) {
        if (request.path() != null && TemplateKind.of(request.path()) == TemplateKind.LEGACY_JSON) {
            out.println("Error: console supports HCL2 templates only (a directory, *.pkr.hcl or *.pkr.json); "
                    + request.path() + " would be a legacy JSON template.");
            out.flush();
            return 1;
        }
        Diagnostics loadDiags = new Diagnostics();
        TemplateParser.Loaded loaded = TemplateParser.parse(request, loadDiags);
        if (!loadDiags.isEmpty()) {
            out.print(new DiagnosticWriter(loaded.files(), false, DiagnosticWriter.PACKER_WIDTH).render(loadDiags));
        }
        if (loadDiags.hasErrors() || loaded.template() == null) {
            out.flush();
            return 1;
        }
        ConsoleSession session = ConsoleSession.of(loaded.template());
        DiagnosticWriter writer = answerWriter();
        int status = 0;
        try {
            while (true) {
                if (prompt) {
                    out.print("> ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                ConsoleSession.Answer a = session.evaluate(line.strip());
                print(a, writer, out);
                if (a.diagnostics().hasErrors()) {
                    status = 1;
                }
                out.flush();
                if (a.exit()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return status;
    }

    /** Writes one answer: its diagnostics (as Packer renders them), then its value on a line of its own. */
    static void print(ConsoleSession.Answer a, DiagnosticWriter writer, PrintWriter out) {
        if (!a.diagnostics().isEmpty()) {
            out.print(writer.render(a.diagnostics()));
        }
        if (a.output() != null) {
            out.println(a.output());
        }
    }

    /** The writer for console answers: Packer's 80 columns, input lines not quoted. */
    static DiagnosticWriter answerWriter() {
        return new DiagnosticWriter(List.<SourceFile>of(), false, DiagnosticWriter.PACKER_WIDTH);
    }
}
