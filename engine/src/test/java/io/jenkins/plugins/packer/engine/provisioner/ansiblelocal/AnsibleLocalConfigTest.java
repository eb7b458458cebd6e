package io.jenkins.plugins.packer.engine.provisioner.ansiblelocal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.Configs;
import org.junit.jupiter.api.Test;

/** The ansible-local provisioner's configuration checks (Packer's messages). */
class AnsibleLocalConfigTest {

    @Test
    void packersRules() {
        assertThat(Configs.decode(AnsibleLocalConfig.class, "").errors())
                .containsExactly("Either playbook_file or playbook_files must be specified");
        assertThat(Configs.decode(AnsibleLocalConfig.class, "playbook_file = \"a\"\nplaybook_files = [\"b\"]\n")
                .errors()).containsExactly("Either playbook_file or playbook_files can be specified, not both");
        assertThat(Configs.decode(AnsibleLocalConfig.class,
                "playbook_file = \"a\"\nplaybook_dir = \"/no/dir\"\nrole_paths = [\"/etc/hostname\"]\n").errors())
                .containsExactly("playbook_dir: /no/dir is invalid: stat /no/dir: no such file or directory",
                        "role_paths: /etc/hostname must point to a directory");
        assertThat(Configs.decode(AnsibleLocalConfig.class, "playbook_file = \"relative.yml\"\n").errors()).isEmpty();
    }
}
