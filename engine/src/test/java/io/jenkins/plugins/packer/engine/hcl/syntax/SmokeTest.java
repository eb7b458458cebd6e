package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.value.Value;
import org.junit.jupiter.api.Test;

class SmokeTest {

    @Test
    void parsesAndEvaluates() {
        ParseResult r = Hcl.file("a = 1\nb \"x\" {\n  c = \"hi ${1 + 2}\"\n}\n");
        assertThat(r.diags().asList()).isEmpty();
        assertThat(Hcl.eval("1 + 2 * 3")).isEqualTo(Value.number(7));
        assertThat(Hcl.eval("\"a${1}b\"")).isEqualTo(Value.string("a1b"));
    }

    @Test
    void validIdentifiers() {
        assertThat(HclParser.isValidIdentifier("foo_bar-2")).isTrue();
        assertThat(HclParser.isValidIdentifier("größe")).isTrue();
        assertThat(HclParser.isValidIdentifier("2x")).isFalse();
        assertThat(HclParser.isValidIdentifier("a b")).isFalse();
        assertThat(HclParser.isValidIdentifier("a.b")).isFalse();
        assertThat(HclParser.isValidIdentifier("")).isFalse();
    }
}
