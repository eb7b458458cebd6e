package io.jenkins.plugins.packer.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSchemaTest {

    @Doc("Example component.")
    record Mount(@Required @Doc("Where.") String path, Boolean readOnly) {
    }

    record Example(
            @Required @Doc("Host to reach.") String sshHost,
            @Default("22") int sshPort,
            @Default("5m") @Doc("How long to wait.") Duration sshTimeout,
            @Sensitive String sshPassword,
            List<String> inline,
            List<List<String>> qemuargs,
            Map<String, String> env,
            @Name("vm_name") String name,
            Mount rootMount,
            List<Mount> mount) {
    }

    @Test
    void derivesNamesTypesAndKindsFromTheRecord() {
        ConfigSchema<Example> s = ConfigSchema.of(Example.class);
        assertThat(s.fields()).extracting(ConfigField::name).containsExactly("ssh_host", "ssh_port", "ssh_timeout",
                "ssh_password", "inline", "qemuargs", "env", "vm_name", "root_mount", "mount");
        assertThat(s.field("ssh_port").orElseThrow().hclType()).isEqualTo(Type.NUMBER);
        assertThat(s.field("ssh_timeout").orElseThrow().typeLabel()).isEqualTo("duration");
        assertThat(s.field("qemuargs").orElseThrow().hclType()).isEqualTo(Type.list(Type.list(Type.STRING)));
        assertThat(s.field("env").orElseThrow().hclType()).isEqualTo(Type.map(Type.STRING));
        assertThat(s.field("root_mount").orElseThrow().kind()).isEqualTo(FieldKind.BLOCK);
        assertThat(s.field("mount").orElseThrow().kind()).isEqualTo(FieldKind.BLOCK_LIST);
        assertThat(s.field("mount").orElseThrow().nested().doc()).isEqualTo("Example component.");
        assertThat(s.field("ssh_password").orElseThrow().sensitive()).isTrue();
        assertThat(ConfigSchema.of(Example.class)).isSameAs(s);
    }

    @Test
    void bodySchemaListsAttributesWithRequirednessAndBlocksWithoutLabels() {
        BodySchema b = ConfigSchema.of(Example.class).bodySchema();
        assertThat(b.attributes()).contains(new BodySchema.AttributeSchema("ssh_host", true),
                new BodySchema.AttributeSchema("ssh_port", false));
        assertThat(b.blocks()).containsExactly(new BodySchema.BlockHeaderSchema("root_mount", List.of()),
                new BodySchema.BlockHeaderSchema("mount", List.of()));
    }

    @Test
    void docsTableShowsEveryFieldWithDefaultsAndRequiredness() {
        String md = ConfigDocs.markdown(ConfigSchema.of(Example.class));
        assertThat(md).contains("| `ssh_host` | string | **required** | Host to reach. |")
                .contains("| `ssh_timeout` | duration | `5m` | How long to wait. |")
                .contains("| `ssh_password` | string |  | Sensitive: masked in all output. |")
                .contains("#### `mount` block").contains("| `path` | string | **required** | Where. |");
    }

    record Unsupported(Object anything) {
    }

    @Test
    void unsupportedJavaTypeIsAProgrammingErrorNamedClearly() {
        assertThatThrownBy(() -> ConfigSchema.of(Unsupported.class))
                .hasMessageContaining("unsupported configuration field type java.lang.Object");
    }
}
