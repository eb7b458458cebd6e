package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quoted templates, escapes, interpolation, directives, strip markers, heredocs and standalone templates. */
class TemplateTest {

    private static final EvalContext CTX = EvalContext.of(Map.of("bar", Value.string("Bar"), "space_bar",
            Value.string("  Bar"), "words", Value.tuple(List.of(Value.string("Foo"), Value.string("Bar"))),
            "n", Value.number(2)), Map.of());

    private static Value ev(String src) {
        Diagnostics d = new Diagnostics();
        Value v = Hcl.eval(src, CTX, d);
        assertThat(d.asList()).as(src).isEmpty();
        return v;
    }

    private static String str(String src) {
        return ev(src).asString();
    }

    private static Value standalone(String src) {
        Diagnostics d = new Diagnostics();
        Expression e = HclParser.parseTemplate(src.getBytes(StandardCharsets.UTF_8), "t", Pos.START, d);
        Value v = e.value(CTX, d);
        assertThat(d.asList()).as(src).isEmpty();
        return v;
    }

    @Test
    void escapes() {
        assertThat(str("\"a\\nb\\rc\\td\\\"e\\\\f\"")).isEqualTo("a\nb\rc\td\"e\\f");
        assertThat(str("\"\\u00e9\\U0001F600\"")).isEqualTo("é\uD83D\uDE00");
        assertThat(str("\"$${x} %%{y} $ % $$ 100%\"")).isEqualTo("${x} %{y} $ % $$ 100%");
        assertThat(str("\"\"")).isEmpty();
    }

    @Test
    void interpolation() {
        assertThat(str("\"hello ${bar}!\"")).isEqualTo("hello Bar!");
        assertThat(str("\"${n + 1}${true}\"")).isEqualTo("3true");
        assertThat(str("\"${\"nested ${bar}\"}\"")).isEqualTo("nested Bar");
        assertThat(str("\"a${ {x = \"}\"}.x }b\"")).isEqualTo("a}b");
    }

    @Test
    void singleInterpolationIsUnwrapped() {
        assertThat(ev("\"${n}\"")).isEqualTo(Value.number(2));
        assertThat(ev("\"${\"${true}\"}\"")).isEqualTo(Value.TRUE);
        assertThat(ev("\"${\"\"}${true}\"")).isEqualTo(Value.string("true"));
        assertThat(ev("\"hello ${true}\"")).isEqualTo(Value.string("hello true"));
        assertThat(ev("\"%{ for v in [true] }${v}%{ endfor }\"")).isEqualTo(Value.string("true"));
    }

    @Test
    void stripMarkers() {
        assertThat(str("\"hello ${~ \"world\" }\"")).isEqualTo("helloworld");
        assertThat(str("\"%{ if true ~} hello %{~ endif }\"")).isEqualTo("hello");
        assertThat(str("\"${\"hello\" ~}${\" world\"}\"")).isEqualTo("hello world");
        assertThat(str("\"a \\u00a0${~bar~}\\u2003 b\"")).isEqualTo("aBarb");
    }

    @Test
    void ifDirective() {
        assertThat(str("\"%{if n > 1}many%{else}one%{endif}\"")).isEqualTo("many");
        assertThat(str("\"%{if n > 5}many%{else}one%{endif}\"")).isEqualTo("one");
        assertThat(str("\"x%{if false}y%{endif}z\"")).isEqualTo("xz");
        assertThat(str("\"x%{if true}%{endif}z\"")).isEqualTo("xz");
    }

    @Test
    void forDirective() {
        assertThat(str("\"%{for w in words}<${w}>%{endfor}\"")).isEqualTo("<Foo><Bar>");
        assertThat(str("\"%{for i, w in words}${i}=${w};%{endfor}\"")).isEqualTo("0=Foo;1=Bar;");
        assertThat(str("\"%{for w in []}x%{endfor}\"")).isEmpty();
        assertThat(str("\"%{ for w in words ~}\n  ${w}\n%{~ endfor }\"".replace("\n", "\\n")))
                .isEqualTo("FooBar");
    }

    /** The expectations of hcl specsuite expressions/heredoc. */
    @Test
    void heredocsAsTheSpecSuite() {
        ParseResult r = Hcl.file("""
                normal = {
                  basic = <<EOT
                Foo
                Bar
                Baz
                EOT
                  indented = <<EOT
                    Foo
                    Bar
                    Baz
                  EOT
                  indented_more = <<EOT
                    Foo
                      Bar
                    Baz
                  EOT
                  interp = <<EOT
                    Foo
                    ${bar}
                    Baz
                  EOT
                  newlines_between = <<EOT
                Foo

                Bar

                Baz
                EOT
                  marker_at_suffix = <<EOT
                    NOT EOT
                  EOT
                }
                flush = {
                  basic = <<-EOT
                Foo
                Bar
                Baz
                EOT
                  indented = <<-EOT
                    Foo
                    Bar
                    Baz
                  EOT
                  indented_more = <<-EOT
                    Foo
                      Bar
                    Baz
                  EOT
                  indented_less = <<-EOT
                    Foo
                  Bar
                    Baz
                  EOT
                  interp = <<-EOT
                    Foo
                    ${bar}
                    Baz
                  EOT
                  interp_indented_less = <<-EOT
                    Foo
                  ${space_bar}
                    Baz
                  EOT
                  tabs = <<-EOT
                \tFoo
                  Bar
                  Baz
                  EOT
                  indented_newlines_between = <<-EOT
                    Foo

                    Bar

                    Baz
                  EOT
                }
                """);
        assertThat(r.diags().asList()).isEmpty();
        Diagnostics d = new Diagnostics();
        Map<String, Value> normal = r.body().justAttributes(d).get("normal").expression().value(CTX, d).attributes();
        Map<String, Value> flush = r.body().justAttributes(d).get("flush").expression().value(CTX, d).attributes();
        assertThat(d.asList()).isEmpty();
        assertThat(normal.get("basic")).isEqualTo(Value.string("Foo\nBar\nBaz\n"));
        assertThat(normal.get("indented")).isEqualTo(Value.string("    Foo\n    Bar\n    Baz\n"));
        assertThat(normal.get("indented_more")).isEqualTo(Value.string("    Foo\n      Bar\n    Baz\n"));
        assertThat(normal.get("interp")).isEqualTo(Value.string("    Foo\n    Bar\n    Baz\n"));
        assertThat(normal.get("newlines_between")).isEqualTo(Value.string("Foo\n\nBar\n\nBaz\n"));
        assertThat(normal.get("marker_at_suffix")).isEqualTo(Value.string("    NOT EOT\n"));
        assertThat(flush.get("basic")).isEqualTo(Value.string("Foo\nBar\nBaz\n"));
        assertThat(flush.get("indented")).isEqualTo(Value.string("Foo\nBar\nBaz\n"));
        assertThat(flush.get("indented_more")).isEqualTo(Value.string("Foo\n  Bar\nBaz\n"));
        assertThat(flush.get("indented_less")).isEqualTo(Value.string("  Foo\nBar\n  Baz\n"));
        assertThat(flush.get("interp")).isEqualTo(Value.string("Foo\nBar\nBaz\n"));
        assertThat(flush.get("interp_indented_less")).isEqualTo(Value.string("  Foo\n  Bar\n  Baz\n"));
        assertThat(flush.get("tabs")).isEqualTo(Value.string("Foo\n Bar\n Baz\n"));
        assertThat(flush.get("indented_newlines_between")).isEqualTo(Value.string("Foo\n\nBar\n\nBaz\n"));
    }

    /** specsuite heredoc "unicode_spaces": three spaces and two em spaces, then four spaces, count alike. */
    @Test
    void heredocIndentCountsUnicodeSpaces() {
        ParseResult r = Hcl.file("a = <<-EOT\n   \u2003\u2003Foo\n    Bar\n    Baz\n  EOT\n");
        Diagnostics d = new Diagnostics();
        assertThat(r.body().justAttributes(d).get("a").expression().value(CTX, d))
                .isEqualTo(Value.string("\u2003Foo\nBar\nBaz\n"));
    }

    @Test
    void heredocMarkerMustStandAlone() {
        ParseResult r = Hcl.file("a = <<EOT\nx\n${1}EOT\n");
        assertThat(Hcl.brief(r.diags())).containsExactly("Unterminated template string@4,1-4,1");
    }

    @Test
    void heredocWithCrLfAndTemplateDirectives() {
        ParseResult r = Hcl.file("a = <<EOT\r\n%{for w in words}${w}\r\n%{endfor~}\r\nEOT\r\n");
        Diagnostics d = new Diagnostics();
        assertThat(r.diags().asList()).isEmpty();
        assertThat(r.body().justAttributes(d).get("a").expression().value(CTX, d))
                .isEqualTo(Value.string("Foo\r\nBar\r\n"));
    }

    @Test
    void standaloneTemplates() {
        assertThat(standalone("plain text")).isEqualTo(Value.string("plain text"));
        assertThat(standalone("${n}")).isEqualTo(Value.number(2));
        assertThat(standalone("a ${bar}\nb $${x} 50%")).isEqualTo(Value.string("a Bar\nb ${x} 50%"));
        assertThat(standalone("")).isEqualTo(Value.string(""));
        assertThat(standalone("$")).isEqualTo(Value.string("$"));
        assertThat(standalone("\"quoted\" \\n")).isEqualTo(Value.string("\"quoted\" \\n"));
    }

    @Test
    void standaloneTemplatePositionsStartWhereTold() {
        Diagnostics d = new Diagnostics();
        Expression e = HclParser.parseTemplate("ab ${nope}".getBytes(StandardCharsets.UTF_8), "x.json",
                new Pos(3, 10, 40), d);
        e.value(CTX, d);
        assertThat(d.asList()).hasSize(1);
        assertThat(d.asList().get(0).subject().start()).isEqualTo(new Pos(3, 15, 45));
        assertThat(d.asList().get(0).subject().end()).isEqualTo(new Pos(3, 19, 49));
    }
}
