package io.jenkins.plugins.packer.engine.hcl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Formatting rules, with the cases hashicorp/hcl's hclwrite tests pin plus cases of our own. */
class HclFormatterTest {

    static String fmt(String s) {
        return new String(HclFormatter.format(s.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("a=1", "a = 1"),
                Arguments.of("a=b.c", "a = b.c"),
                Arguments.of("a=b[c]", "a = b[c]"),
                Arguments.of("a=b()[c]", "a = b()[c]"),
                Arguments.of("a=[\"hello\"][0]", "a = [\"hello\"][0]"),
                Arguments.of("( a+2 )", "(a + 2)"),
                Arguments.of("( a*2 )", "(a * 2)"),
                Arguments.of("( a+-2 )", "(a + -2)"),
                Arguments.of("( a*-2 )", "(a * -2)"),
                Arguments.of("(-2+1)", "(-2 + 1)"),
                Arguments.of("foo(1, -2,a*b, b,c)", "foo(1, -2, a * b, b, c)"),
                Arguments.of("foo(a...)", "foo(a...)"),
                Arguments.of("a=\"hello ${ name }\"", "a = \"hello ${name}\""),
                Arguments.of("a=\"hello ${~ name ~}\"", "a = \"hello ${~name~}\""),
                Arguments.of("a=\"${a}${b}%{ if c }d%{ endif }\"", "a = \"${a}${b}%{if c}d%{endif}\""),
                Arguments.of("a=\"${ {a=1} }\"", "a = \"${ { a = 1 } }\""),
                Arguments.of("b{}", "b {}"),
                Arguments.of("b{a=1}", "b { a = 1 }"),
                Arguments.of("\n\"${\nhello\n}\"\n", "\n\"${\n  hello\n}\"\n"),
                Arguments.of("\nfoo(\n1,\n- 2,\na*b,\nb,\nc,\n)\n", "\nfoo(\n  1,\n  -2,\n  a * b,\n  b,\n  c,\n)\n"),
                Arguments.of("[ [ ] ]", "[[]]"),
                Arguments.of("[for x in y: x]", "[for x in y : x]"),
                Arguments.of("[for x in [y]: x]", "[for x in [y] : x]"),
                Arguments.of("a = b ? c : -d", "a = b ? c : -d"),
                Arguments.of("a = ! b", "a = !b"),
                Arguments.of("a = x - -1", "a = x - -1"),
                Arguments.of("a = provider::foo::bar(1)", "a = provider::foo::bar(1)"),
                Arguments.of("a = b.*.c", "a = b.*.c"),
                Arguments.of("a = b[*].c", "a = b[*].c"),
                Arguments.of("\n[\n[\na\n]\n]\n", "\n[\n  [\n    a\n  ]\n]\n"),
                Arguments.of("\n[[\na\n]]\n", "\n[[\n  a\n]]\n"),
                Arguments.of("\n[[\n[\na\n]\n]]\n", "\n[[\n  [\n    a\n  ]\n]]\n"),
                // degenerate input with lopsided brackets
                Arguments.of("\n[[\n[\na\n]]\n]\n", "\n[[\n  [\n    a\n  ]]\n]\n"),
                Arguments.of("\nb {\na = 1\n}\n", "\nb {\n  a = 1\n}\n"),
                Arguments.of("\na = 1\nbungle = 2\n", "\na      = 1\nbungle = 2\n"),
                Arguments.of("\na = 1\n\nbungle = 2\n", "\na = 1\n\nbungle = 2\n"),
                Arguments.of("\na = 1 # foo\nbungle = 2\n", "\na      = 1 # foo\nbungle = 2\n"),
                Arguments.of("\na = 1 # foo\nbungle = \"bonce\" # baz\n", "\na      = 1       # foo\nbungle = \"bonce\" # baz\n"),
                Arguments.of("\n# here we go\na = 1 # foo\nbungle = \"bonce\" # baz\n",
                        "\n# here we go\na      = 1       # foo\nbungle = \"bonce\" # baz\n"),
                Arguments.of("\nfoo {} # here we go\na = 1 # foo\nbungle = \"bonce\" # baz\n",
                        "\nfoo {}           # here we go\na      = 1       # foo\nbungle = \"bonce\" # baz\n"),
                Arguments.of("\na = 1 # foo\nbungle = \"bonce\" # baz\nzebra = \"striped\" # baz\n",
                        "\na      = 1         # foo\nbungle = \"bonce\"   # baz\nzebra  = \"striped\" # baz\n"),
                Arguments.of("\na = 1 # foo\nbungle = (\n    \"bonce\"\n) # baz\nzebra = \"striped\" # baz\n",
                        "\na = 1 # foo\nbungle = (\n  \"bonce\"\n)                 # baz\nzebra = \"striped\" # baz\n"),
                Arguments.of("\na=\"apple\"# foo\nbungle=(# woo parens\n\"bonce\"\n)# baz\nzebra=\"striped\"# baz\n",
                        "\na = \"apple\" # foo\nbungle = (  # woo parens\n  \"bonce\"\n)                 # baz\nzebra = \"striped\" # baz\n"),
                Arguments.of("\n\uD835\uDC9C = 1 # foo\nbungle = \"\uD83C\uDDEC\uD83C\uDDE7\" # baz\nzebra = \"striped\" # baz\n",
                        "\n\uD835\uDC9C      = 1         # foo\nbungle = \"\uD83C\uDDEC\uD83C\uDDE7\"       # baz\nzebra  = \"striped\" # baz\n"),
                Arguments.of("\nfoo {\n# ...\n}\n", "\nfoo {\n  # ...\n}\n"),
                Arguments.of("\nfoo = {\n# ...\n}\n", "\nfoo = {\n  # ...\n}\n"),
                Arguments.of("\nfoo = [\n# ...\n]\n", "\nfoo = [\n  # ...\n]\n"),
                Arguments.of("\nfoo = [{\n# ...\n}]\n", "\nfoo = [{\n  # ...\n}]\n"),
                Arguments.of("\nfoo {\nbar {\n# ...\n}\n}\n", "\nfoo {\n  bar {\n    # ...\n  }\n}\n"),
                Arguments.of("\nfoo {\nbar = {\n# ...\n}\n}\n", "\nfoo {\n  bar = {\n    # ...\n  }\n}\n"),
                Arguments.of("\nfoo {\nbar = [\n# ...\n]\n}\n", "\nfoo {\n  bar = [\n    # ...\n  ]\n}\n"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void formats(String input, String want) {
        assertThat(fmt(input)).isEqualTo(want);
        assertThat(fmt(want)).as("idempotent").isEqualTo(want);
    }

    @Test
    void heredocTextIsUntouched() {
        String in = "a {\nb = <<EOT\n   keep   ${ x }  spacing\n  %{ if y }z%{ endif }\n    EOT\n   c=1\n}\n";
        assertThat(fmt(in)).isEqualTo(
                "a {\n  b = <<EOT\n   keep   ${x}  spacing\n  %{if y}z%{endif}\n    EOT\n  c = 1\n}\n");
    }

    @Test
    void heredocInAnAssignmentRunIsAlignedAsOneLine() {
        String in = "a = 1\nlong_name = <<-EOT\n  text\n  EOT\nb = 2\n";
        assertThat(fmt(in)).isEqualTo("a         = 1\nlong_name = <<-EOT\n  text\n  EOT\nb         = 2\n");
    }

    @Test
    void blankLinesAndTrailingWhitespaceOfLines() {
        assertThat(fmt("a = 1   \n   \n\n\nb = 2\t\n")).isEqualTo("a = 1\n\n\n\nb = 2\n");
        assertThat(fmt("\n\n")).isEqualTo("\n\n");
    }

    @Test
    void tabsAndCrLfAreKeptAsNewlinesButSpacesAreCanonical() {
        assertThat(fmt("b {\r\n\ta\t=\t1\r\n}\r\n")).isEqualTo("b {\r\n  a = 1\r\n}\r\n");
    }

    @Test
    void blockCommentsAreKept() {
        assertThat(fmt("a = /* x  y */ 1\n/*\n   multi\n*/\nb=2\n"))
                .isEqualTo("a = /* x  y */ 1\n/*\n   multi\n*/\nb = 2\n");
    }

    @Test
    void byteOrderMarkIsKept() {
        assertThat(fmt("\uFEFFa=1\n")).isEqualTo("\uFEFFa = 1\n");
    }

    @Test
    void multiLineExpressionsIndentByBracketLevel() {
        String in = "x = {\na = [\n1,\n2]\nb = merge(\nc,\n{d=1})\n}\n";
        assertThat(fmt(in)).isEqualTo("x = {\n  a = [\n    1,\n  2]\n  b = merge(\n    c,\n  { d = 1 })\n}\n");
    }
}
