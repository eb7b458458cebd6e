package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** -var-file for legacy templates, with the messages packer 1.6.6 prints. */
class LegacyVarFileTest {

    private final Diagnostics diags = new Diagnostics();

    private java.util.Map<String, String> parse(String s) {
        return LegacyVarFile.parse("v.json", s.getBytes(StandardCharsets.UTF_8), diags);
    }

    @Test
    void readsAnObjectOfStrings() {
        assertThat(parse("{\"a\": \"x\", \"b\": null, \"a\": \"y\"}")).containsExactly(
                java.util.Map.entry("a", "y"), java.util.Map.entry("b", ""));
        assertThat(parse("null")).isEmpty();
    }

    @Test
    void reportsPackersMessages() {
        assertThat(parse("{\"a\": \"x\", \"n\": 5}")).isNull();
        assertThat(parse("{\"a\": \"x\",\n}")).isNull();
        assertThat(parse("[]")).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "Error reading variables in 'v.json': json: cannot unmarshal number into Go value of type string",
                "Error reading variables in 'v.json': invalid character '}' looking for beginning of object key "
                        + "string",
                "Error reading variables in 'v.json': json: cannot unmarshal array into Go value of type "
                        + "map[string]string");
        assertThat(diags.asList().get(1).subject().start().line()).isEqualTo(2);
    }
}
