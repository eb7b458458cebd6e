package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code inspect} output of legacy templates, against the packer 1.6.6 transcript and Packer's layout rules. */
class LegacyInspectTest {

    @Test
    void matchesThePacker166Transcript() throws Exception {
        Path dir = Corpus.dir("packer-1.6.6-transcripts");
        LegacyTemplate t = LegacyTemplateParser.parseFile(dir.resolve("legacy.json"), new Diagnostics());
        String expected = Files.readString(dir.resolve("inspect-legacy.out.txt")).replace("rc=0\n", "");
        assertThat(LegacyInspect.text(t)).isEqualTo(expected);
    }

    @Test
    void requiredSensitiveDescriptionAndEmptySections() {
        String json = "{\"description\": \"Demo\", \"variables\": {\"req\": null, \"pw\": \"hunter2\", \"same\": "
                + "\"hunter2\", \"a\": \"x\"}, \"sensitive-variables\": [\"pw\"], \"builders\": []}";
        LegacyTemplate t = LegacyTemplateParser.parse("t.json", json.getBytes(StandardCharsets.UTF_8), null,
                new Diagnostics());
        assertThat(LegacyInspect.text(t)).isEqualTo("Packer Inspect: JSON mode\n"
                + "Description:\n\n"
                + "Demo\n\n"
                + "Required variables:\n\n"
                + "  req\n"
                + "\n"
                + "Optional variables and their defaults:\n\n"
                + "  a    = x\n"
                + "  pw   = <sensitive>\n"
                + "  same = <sensitive>\n"
                + "\n"
                + "Builders:\n\n"
                + "  <No builders>\n"
                + "\n"
                + "Provisioners:\n\n"
                + "  <No provisioners>\n"
                + "\n"
                + "Note: If your build names contain user variables or template\n"
                + "functions such as 'timestamp', these are processed at build time,\n"
                + "and therefore only show in their raw form here.\n");
    }
}
