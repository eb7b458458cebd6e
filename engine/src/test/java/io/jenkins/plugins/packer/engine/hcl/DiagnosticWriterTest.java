package io.jenkins.plugins.packer.engine.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticWriterTest {

    private static final String SRC = "locals {\n  x = 1 +\n}\n";
    private static final SourceFile FILE = new SourceFile("u.pkr.hcl", SRC.getBytes(StandardCharsets.UTF_8),
            offset -> offset > 0 && offset < SRC.length() - 2 ? "locals" : "");

    private static Range range(int line1, int col1, int byte1, int line2, int col2, int byte2) {
        return new Range("u.pkr.hcl", new Pos(line1, col1, byte1), new Pos(line2, col2, byte2));
    }

    @Test
    void quotesEveryLineTheSubjectCoversWithPackersLayout() {
        Diagnostic d = Diagnostic.error("Invalid expression",
                "Expected the start of an expression, but found an invalid expression token.",
                range(2, 10, 18, 3, 1, 19));
        String text = new DiagnosticWriter(List.of(FILE), false).render(List.of(d));
        // the same text packer 1.6.6 prints for this file (captured from `packer validate u.pkr.hcl`)
        assertThat(text).isEqualTo("""
                Error: Invalid expression

                  on u.pkr.hcl line 2, in locals:
                   2:   x = 1 +
                   3: }

                Expected the start of an expression, but found an invalid expression token.


                """);
    }

    @Test
    void unknownFileSaysSourceNotAvailable() {
        Diagnostic d = Diagnostic.error("Unsupported argument", "An argument named \"foo\" is not expected here.",
                new Range("t.pkr.hcl", new Pos(3, 3, 30), new Pos(3, 6, 33)));
        assertThat(new DiagnosticWriter(List.of(), false).render(d)).isEqualTo("""
                Error: Unsupported argument

                  on t.pkr.hcl line 3:
                  (source code not available)

                An argument named "foo" is not expected here.

                """);
    }

    @Test
    void emptyRangeShowsItsLineAndWarningsAndNoDetail() {
        Diagnostic d = Diagnostic.warning("Something odd", "", range(1, 1, 0, 1, 1, 0));
        assertThat(new DiagnosticWriter(List.of(FILE), false).render(d)).isEqualTo("""
                Warning: Something odd

                  on u.pkr.hcl line 1:
                   1: locals {

                """);
    }

    @Test
    void diagnosticWithoutSubjectHasOnlySummaryAndDetail() {
        Diagnostic d = Diagnostic.error("Unsupported Packer Core version", "needs 2.0", null);
        assertThat(new DiagnosticWriter(List.of(), false).render(d))
                .isEqualTo("Error: Unsupported Packer Core version\n\nneeds 2.0\n\n");
    }

    @Test
    void colorHighlightsTheSubject() {
        Diagnostic d = Diagnostic.error("Bad", "", range(2, 3, 11, 2, 4, 12));
        String text = new DiagnosticWriter(List.of(FILE), true).render(d);
        assertThat(text).startsWith("\u001b[31mError\u001b[0m: Bad")
                .contains("   2:   \u001b[1;4mx\u001b[0m = 1 +\n");
    }

    @Test
    void packerWidthWrapsTheDetailAsPackerConsolePrintsIt() {
        Diagnostic d = Diagnostic.error("Error in function call", "Call to function \"cidrsubnet\" failed: "
                + "insufficient address space to extend prefix of 8 by 30.",
                new Range("<console-input>", new Pos(1, 1, 0), new Pos(1, 12, 11)));
        // `echo 'cidrsubnet("10.0.0.0/8", 30, 0)' | packer console x.pkr.hcl` with packer 1.6.6
        assertThat(new DiagnosticWriter(List.of(), false, DiagnosticWriter.PACKER_WIDTH).render(List.of(d)))
                .isEqualTo("""
                Error: Error in function call

                  on <console-input> line 1:
                  (source code not available)

                Call to function "cidrsubnet" failed: insufficient address space to extend
                prefix of 8 by 30.


                """);
        assertThat(new DiagnosticWriter(List.of(), false).render(d)).contains("extend prefix of 8");
    }
}
