package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies, attributes and blocks, and the structural diagnostics with their exact ranges. */
class StructureParseTest {

    private static SyntaxBody body(ParseResult r) {
        return (SyntaxBody) r.body();
    }

    private static Range range(int l1, int c1, int b1, int l2, int c2, int b2) {
        return new Range(Hcl.FILE, new Pos(l1, c1, b1), new Pos(l2, c2, b2));
    }

    @Test
    void attributesAndBlocksInSourceOrder() {
        ParseResult r = Hcl.file("""
                # comment
                a = 1 // trailing
                source "amazon-ebs" example {
                  b = "x"
                  nested {}
                }
                /* multi
                   line */
                build {
                }
                z = true
                """);
        assertThat(r.diags().asList()).isEmpty();
        SyntaxBody b = body(r);
        assertThat(b.syntaxAttributes().keySet()).containsExactly("a", "z");
        assertThat(b.syntaxBlocks()).extracting(SyntaxBlock::type).containsExactly("source", "build");
        SyntaxBlock src = b.syntaxBlocks().get(0);
        assertThat(src.labels()).containsExactly("amazon-ebs", "example");
        assertThat(src.labelRanges().get(0)).isEqualTo(range(3, 8, 35, 3, 20, 47));
        assertThat(src.defRange()).isEqualTo(range(3, 1, 28, 3, 28, 55));
        assertThat(src.body().syntaxBlocks()).extracting(SyntaxBlock::type).containsExactly("nested");
        SyntaxAttribute a = b.syntaxAttributes().get("a");
        assertThat(a.nameRange()).isEqualTo(range(2, 1, 10, 2, 2, 11));
        assertThat(a.range()).isEqualTo(range(2, 1, 10, 2, 6, 15));
        assertThat(a.expr().range()).isEqualTo(range(2, 5, 14, 2, 6, 15));
    }

    @Test
    void oneLineBlocks() {
        ParseResult r = Hcl.file("a { b = \"foo\" }\nc {}\nd \"l\" { e = 1 }\n");
        assertThat(r.diags().asList()).isEmpty();
        List<SyntaxBlock> blocks = body(r).syntaxBlocks();
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).body().syntaxAttributes()).containsOnlyKeys("b");
        assertThat(blocks.get(1).body().syntaxAttributes()).isEmpty();
        assertThat(blocks.get(2).body().syntaxAttributes()).containsOnlyKeys("e");
    }

    @Test
    void emptyFileAndCommentOnlyFile() {
        assertThat(Hcl.file("").diags().asList()).isEmpty();
        assertThat(Hcl.file("/*\n  Multi-line comment\n*/\n").diags().asList()).isEmpty();
        assertThat(Hcl.file("# only\n").body().justAttributes(new io.jenkins.plugins.packer.engine.hcl.Diagnostics()))
                .isEmpty();
    }

    @Test
    void lastLineWithoutNewline() {
        ParseResult r = Hcl.file("a = 1\nb { c = 2 }");
        assertThat(r.diags().asList()).isEmpty();
        assertThat(body(r).syntaxAttributes()).containsOnlyKeys("a");
    }

    /** hcl specsuite structure/blocks/single_oneline_invalid: five errors at exact ranges. */
    @Test
    void invalidOneLineBlocks() {
        ParseResult r = Hcl.file("""
                a { b = "foo", c = "bar" }
                a { b = "foo"
                }
                a { b = "foo"
                  c = "bar" }
                a { b = "foo"
                  c = "bar"
                }
                a { d {} }
                """);
        List<Diagnostic> d = r.diags().asList();
        assertThat(d).extracting(Diagnostic::summary).containsExactly("Invalid single-argument block definition",
                "Invalid single-argument block definition", "Invalid single-argument block definition",
                "Invalid single-argument block definition", "Argument definition required");
        assertThat(d).extracting(Diagnostic::subject).containsExactly(range(1, 14, 13, 1, 15, 14),
                range(2, 14, 40, 3, 1, 41), range(4, 14, 56, 5, 1, 57), range(6, 14, 84, 7, 1, 85),
                range(9, 5, 103, 9, 8, 106));
        assertThat(d.get(4).detail()).startsWith("A single-line block definition can contain only a single "
                + "argument. If you meant to define argument \"d\"");
        assertThat(body(r).syntaxBlocks()).hasSize(5);
    }

    /** hcl specsuite structure/blocks/single_unclosed. */
    @Test
    void unclosedBlock() {
        ParseResult r = Hcl.file("a {\n");
        assertThat(r.diags().asList()).extracting(Diagnostic::summary).containsExactly("Unclosed configuration block");
        assertThat(r.diags().asList().get(0).subject()).isEqualTo(range(1, 3, 2, 1, 4, 3));
    }

    /** hcl specsuite structure/attributes/singleline_bad. */
    @Test
    void commaBetweenAttributes() {
        ParseResult r = Hcl.file("a = \"a value\", b = \"b value\"\n");
        assertThat(r.diags().asList()).extracting(Diagnostic::summary)
                .containsExactly("Unexpected comma after argument");
        Diagnostic d = r.diags().asList().get(0);
        assertThat(d.subject()).isEqualTo(range(1, 14, 13, 1, 15, 14));
        assertThat(d.context()).isEqualTo(range(1, 1, 0, 1, 15, 14));
        assertThat(d.detail()).isEqualTo("Argument definitions must be separated by newlines, not commas. An "
                + "argument definition must end with a newline.");
    }

    @Test
    void missingNewlineAfterArgument() {
        ParseResult r = Hcl.file("a = 1 b = 2\n");
        assertThat(Hcl.brief(r.diags())).containsExactly("Missing newline after argument@1,7-1,8");
    }

    @Test
    void attributeRedefined() {
        ParseResult r = Hcl.file("a = 1\nb = 2\na = 3\n");
        assertThat(Hcl.brief(r.diags())).containsExactly("Attribute redefined@3,1-3,2");
        assertThat(r.diags().asList().get(0).detail()).isEqualTo(
                "The argument \"a\" was already set at t.hcl:1,1-2. Each argument may be set only once.");
        assertThat(body(r).syntaxAttributes().get("a").expr().value(null, new io.jenkins.plugins.packer.engine.hcl
                .Diagnostics()).asNumber().intValue()).isEqualTo(1);
    }

    @Test
    void argumentOrBlockRequired() {
        assertThat(Hcl.brief(Hcl.file("a\n").diags())).containsExactly("Argument or block definition required@1,1-1,2");
        assertThat(Hcl.file("a\n").diags().asList().get(0).detail()).contains("use the equals sign \"=\"");
        assertThat(Hcl.brief(Hcl.file("= 1\n").diags()))
                .containsExactly("Argument or block definition required@1,1-1,2");
        assertThat(Hcl.brief(Hcl.file("\"a\" = 1\n").diags())).containsExactly("Invalid argument name@1,1-1,2");
    }

    @Test
    void invalidBlockDefinitions() {
        assertThat(Hcl.brief(Hcl.file("a \"b\" = 1\n").diags())).containsExactly("Invalid block definition@1,7-1,8");
        assertThat(Hcl.brief(Hcl.file("a \"b\"\n{\n}\n").diags()).get(0))
                .isEqualTo("Invalid block definition@1,6-2,1");
        assertThat(Hcl.brief(Hcl.file("a \"b\" 1 {\n}\n").diags()).get(0))
                .isEqualTo("Invalid block definition@1,7-1,8");
    }

    @Test
    void missingNewlineAfterBlock() {
        assertThat(Hcl.brief(Hcl.file("a {\n} b = 1\n").diags()))
                .containsExactly("Missing newline after block definition@2,3-2,4");
    }

    @Test
    void unclosedSingleLineBlockAtEndOfFile() {
        assertThat(Hcl.brief(Hcl.file("a { b = 1").diags())).containsExactly("Unclosed configuration block@1,3-1,4");
    }

    @Test
    void labelsMayBeQuotedWithEscapesButNotTemplates() {
        ParseResult r = Hcl.file("a \"x\\ty\" {\n}\nb \"${c}\" {\n}\n");
        assertThat(body(r).syntaxBlocks().get(0).labels()).containsExactly("x\ty");
        assertThat(Hcl.brief(r.diags())).containsExactly("Invalid string literal@3,4-3,6");
        assertThat(r.diags().asList().get(0).detail()).isEqualTo("Template sequences are not allowed in this string. "
                + "To include a literal \"$\", double it (as \"$$\") to escape it.");
    }

    @Test
    void unterminatedLabel() {
        ParseResult r = Hcl.file("a \"b");
        assertThat(r.diags().asList()).extracting(Diagnostic::summary).contains("Unterminated string literal");
    }

    @Test
    void brokenExpressionDoesNotStopTheFile() {
        ParseResult r = Hcl.file("a = \nb = 2\nc = (1\nd = 4\n");
        assertThat(r.diags().hasErrors()).isTrue();
        assertThat(body(r).syntaxAttributes()).containsKey("a");
    }
}
