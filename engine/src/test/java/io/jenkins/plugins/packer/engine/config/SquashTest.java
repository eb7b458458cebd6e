package io.jenkins.plugins.packer.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.testing.Configs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SquashTest {

    record Conn(@Default("22") int sshPort, String sshHost, @Sensitive String sshPassword) implements Validated {
        @Override
        public void validate(Validation v) {
            if (sshPort == 2) {
                v.error("ssh_port", "port two", "");
            }
        }
    }

    record Outer(String name, @Squash Conn conn, List<String> tags) implements Validated {
        @Override
        public void validate(Validation v) {
            if ("bad".equals(name)) {
                v.error("name", "bad name", "");
            }
        }
    }

    record Clash(String sshHost, @Squash Conn conn) {
    }

    record NotARecord(@Squash String x) {
    }

    @Test
    void squashedFieldsAreTopLevelFieldsInOrder() {
        assertThat(ConfigSchema.of(Outer.class).fields()).extracting(ConfigField::name)
                .containsExactly("name", "ssh_port", "ssh_host", "ssh_password", "tags");
        assertThat(ConfigDocs.markdown(ConfigSchema.of(Outer.class))).contains("| `ssh_port` | number | `22` |");
    }

    @Test
    void decodesHclIntoTheEmbeddedRecordWithItsDefaults() {
        Configs.Result<Outer> r = Configs.decode(Outer.class, """
                name     = "n"
                ssh_host = "h"
                tags     = ["a"]
                """);
        assertThat(r.errors()).isEmpty();
        assertThat(r.config()).isEqualTo(new Outer("n", new Conn(22, "h", null), List.of("a")));
    }

    @Test
    void validatesTheEmbeddedRecordThenTheOuterOneWithFieldRanges() {
        Configs.Result<Outer> r = Configs.decode(Outer.class, """
                name     = "bad"
                ssh_port = 2
                """);
        assertThat(r.errors()).containsExactly("port two", "bad name");
        Diagnostic port = r.diags().asList().get(0);
        assertThat(port.subject().start().line()).isEqualTo(2);
    }

    @Test
    void unknownArgumentsAreStillRejected() {
        Configs.Result<Outer> r = Configs.decode(Outer.class, "ssh_hots = \"h\"\n");
        assertThat(r.errors()).containsExactly("Unsupported argument");
    }

    @Test
    void legacyJsonMapsDecodeIntoTheEmbeddedRecordToo() {
        Diagnostics diags = new Diagnostics();
        Decoded<Outer> d = MapDecoder.decode(ConfigSchema.of(Outer.class),
                Map.of("name", "n", "ssh_port", "2200", "ssh_password", "pw"), diags, (Range) null);
        assertThat(diags.hasErrors()).as(diags.toString()).isFalse();
        assertThat(d.config()).isEqualTo(new Outer("n", new Conn(2200, null, "pw"), null));
        assertThat(d.secrets()).containsExactly("pw");
        Decoded<Outer> bad = MapDecoder.decode(ConfigSchema.of(Outer.class), Map.of("ssh_port", 2), diags,
                (Range) null);
        assertThat(bad.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).contains("port two");
    }

    @Test
    void collisionsAndNonRecordsAreProgrammingErrors() {
        assertThatThrownBy(() -> ConfigSchema.of(Clash.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declares field ssh_host twice");
        assertThatThrownBy(() -> ConfigSchema.of(NotARecord.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@Squash needs a record type");
    }
}
