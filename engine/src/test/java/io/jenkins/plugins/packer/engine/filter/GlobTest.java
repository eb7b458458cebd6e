package io.jenkins.plugins.packer.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {

    private static boolean matches(String pattern, String name) throws GlobSyntaxException {
        return Glob.compile(pattern).matches(name);
    }

    @Test
    void starCrossesDotsBecausePackerCompilesWithoutSeparators() throws Exception {
        assertThat(matches("my_build.*", "my_build.amazon-ebs.ubuntu")).isTrue();
        assertThat(matches("*.amazon-ebs.*", "my_build.amazon-ebs.ubuntu")).isTrue();
        assertThat(matches("*.amazon-ebs.*", "amazon-ebs.ubuntu")).isFalse();
        assertThat(matches("*lasagna", "food.file.lasagna")).isTrue();
        assertThat(matches("*", "")).isTrue();
        assertThat(matches("**", "a.b.c")).isTrue();
        assertThat(matches("file.a", "file.ab")).isFalse(); // the whole name must match
    }

    @Test
    void singleCharactersSetsRangesAndNegations() throws Exception {
        assertThat(matches("null.b?", "null.b1")).isTrue();
        assertThat(matches("null.b?", "null.b")).isFalse();
        assertThat(matches("null.[ab]", "null.b")).isTrue();
        assertThat(matches("null.[!ab]", "null.b")).isFalse();
        assertThat(matches("null.[!ab]", "null.c")).isTrue();
        assertThat(matches("null.[a-c]x", "null.bx")).isTrue();
        assertThat(matches("null.[!a-c]x", "null.bx")).isFalse();
        assertThat(matches("null.[é]", "null.é")).isTrue();
    }

    @Test
    void alternativesEscapesAndLiteralSpecials() throws Exception {
        assertThat(matches("{file,null}.*", "null.x")).isTrue();
        assertThat(matches("{file,null}.*", "docker.x")).isFalse();
        assertThat(matches("a.{b,{c,d}*}", "a.dzz")).isTrue();
        assertThat(matches("\\*.x", "*.x")).isTrue();
        assertThat(matches("\\*.x", "a.x")).isFalse();
        assertThat(matches("a]b}c,d(e)+f$", "a]b}c,d(e)+f$")).isTrue(); // no special meaning outside groups
        assertThat(matches("{a,b", "b")).isTrue(); // gobwas 0.2.3 closes an open group at the end
    }

    @Test
    void gobwasErrors() {
        assertThatThrownBy(() -> Glob.compile("null.[ab")).hasMessage("unexpected end of input");
        assertThatThrownBy(() -> Glob.compile("null.[a-")).hasMessage("unexpected end of input");
        assertThatThrownBy(() -> Glob.compile("[a-bc]")).hasMessage("expected close range character");
        assertThatThrownBy(() -> Glob.compile("[]")).hasMessage("could not parse range");
        assertThatThrownBy(() -> Glob.compile("[z-a]")).hasMessage("hi character 'a' should be greater than lo 'z'");
    }

    @Test
    void filterSelectsAndWarnsAsPacker() {
        Diagnostics diags = new Diagnostics();
        BuildFilter filter = BuildFilter.compile(List.of("*.null.*", "nope.*"), List.of("*.b"), diags);
        assertThat(diags.isEmpty()).isTrue();
        BuildFilter.Selection s = filter.select(List.of("demo.file.a", "demo.null.a", "demo.null.b"));

        assertThat(s.selected()).containsExactly("demo.null.a");
        // two builds matched -only, which is not fewer than its two patterns: no -only warning (Packer's quirk)
        assertThat(s.diagnostics().asList()).isEmpty();

        BuildFilter.Selection none = BuildFilter.compile(List.of("x.*"), List.of("y.*"), diags)
                .select(List.of("demo.file.a"));
        assertThat(none.selected()).isEmpty();
        assertThat(none.diagnostics().asList()).extracting(d -> d.summary()).containsExactly(
                "an 'only' option was passed, but not all matches were found for the given build.",
                "an 'except' option was passed, but did not match any build.");
        assertThat(none.diagnostics().asList().get(0).detail()).isEqualTo(
                "Possible build names: [demo.file.a].\n"
                        + "These could also be matched with a glob pattern like: 'happycloud.*'");
    }

    @Test
    void invalidPatternIsAnErrorDiagnostic() {
        Diagnostics diags = new Diagnostics();
        BuildFilter.compile(List.of("[a"), List.of(), diags);
        assertThat(diags.hasErrors()).isTrue();
        assertThat(diags.asList().get(0).summary()).isEqualTo("Invalid -only pattern [a: unexpected end of input");
    }

    @Test
    void includesWithoutPatterns() {
        assertThat(BuildFilter.compile(List.of(), List.of(), new Diagnostics()).includes("any.thing")).isTrue();
    }
}
