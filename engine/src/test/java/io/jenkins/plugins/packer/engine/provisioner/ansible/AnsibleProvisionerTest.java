package io.jenkins.plugins.packer.engine.provisioner.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.testing.Configs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ansible provisioner's command line, masking, inventory and configuration checks. */
class AnsibleProvisionerTest {

    private static final BuildInfo INFO = new BuildInfo("null.ssh", "ssh", "null", "run", Map.of());

    private static AnsibleConfig config(String hcl) {
        Configs.Result<AnsibleConfig> r = Configs.decode(AnsibleConfig.class, "playbook_file = \"site.yml\"\n" + hcl);
        assertThat(r.errors()).isEmpty();
        return r.config();
    }

    private static Map<String, String> data() {
        Map<String, String> d = new HashMap<>(new ProvisionTarget("ssh", Map.of("Host", "10.0.0.5", "Port", "22",
                "User", "root", "Password", "pw")).completeData("run"));
        return d;
    }

    @Test
    void commandLineAsPackerBuildsIt() {
        AnsibleProvisioner p = new AnsibleProvisioner(config(""));
        assertThat(p.args(data(), INFO, "/k", List.of("-v"), "/inv", "/site.yml")).containsExactly(
                "-e", "packer_build_name=\"ssh\"", "-e", "packer_builder_type=null",
                "--ssh-extra-args", "'-o IdentitiesOnly=yes'", "-v",
                "-e", "ansible_ssh_private_key_file=/k", "-i", "/inv", "/site.yml");
        AnsibleProvisioner extraSsh = new AnsibleProvisioner(config(
                "ansible_ssh_extra_args = [\"-o ForwardAgent=yes\", \"-o X=1\"]\n"));
        Map<String, String> withHttp = data();
        withHttp.put("PackerHTTPAddr", "10.0.2.2:8000");
        assertThat(extraSsh.args(withHttp, INFO, "/k", List.of("-e", "ansible_password=x"), "/inv", "/p"))
                .containsExactly("-e", "packer_build_name=\"ssh\"", "-e", "packer_builder_type=null",
                        "-e", "packer_http_addr=10.0.2.2:8000",
                        "--ssh-extra-args", "'-o ForwardAgent=yes' '-o X=1'", "-e", "ansible_password=x",
                        "-i", "/inv", "/p");
        assertThat(p.args(data(), INFO, null, List.of(), "/inv", "/p"))
                .containsExactly("-e", "packer_build_name=\"ssh\"", "-e", "packer_builder_type=null", "-i", "/inv",
                        "/p");
    }

    @Test
    void secretsAreHiddenFromTheShownCommand() {
        AnsibleProvisioner p = new AnsibleProvisioner(config(
                "extra_arguments = [\"-e\", \"db_password=hunter2\", \"-e\", \"api_SECRET=s3\", \"-e\", \"x=plain\"]\n"));
        assertThat(p.sanitize("ansible-playbook -e db_password=hunter2 -e api_SECRET=s3 -e x=plain -e pw", data()))
                .isEqualTo("ansible-playbook -e db_password=***** -e api_SECRET=***** -e x=plain -e *****");
    }

    @Test
    void inventoryHasTheHostThenItsGroupsThenEmptyGroups() throws Exception {
        AnsibleConfig c = config("");
        String line = AnsibleInventory.hostLine(c, INFO, data(), "default", "root", "10.0.0.5", "22", null);
        assertThat(line).isEqualTo("default ansible_host=10.0.0.5 ansible_user=root ansible_port=22\n");
        assertThat(AnsibleInventory.text(line, List.of("web", "db"), List.of("empty"))).isEqualTo(
                line + "[web]\n" + line + "[db]\n" + line + "[empty]\n");
        String withPassword = AnsibleInventory.hostLine(c, INFO, data(), "h", "u", "1.2.3.4", "2222", "p\"w");
        assertThat(withPassword).isEqualTo("h ansible_host=1.2.3.4 ansible_user=u ansible_port=2222"
                + " ansible_password=\"p\\\"w\"\n");
        AnsibleConfig custom = config("inventory_file_template = \"{{ .HostAlias }} ansible_host={{ .Host }} "
                + "id={{ .ID }}\\n\"\n");
        assertThat(AnsibleInventory.hostLine(custom, INFO, data(), "a", "u", "h", "1", null))
                .isEqualTo("a ansible_host=h id=ERR_ID_NOT_IMPLEMENTED_BY_BUILDER\n");
    }

    @Test
    void aDockerContainerIsReachedWithAnsiblesDockerConnection() throws Exception {
        AnsibleConfig c = config("");
        assertThat(AnsibleInventory.dockerHostLine(c, INFO, data(), "default", "", "3f2a"))
                .isEqualTo("default ansible_host=3f2a ansible_connection=docker\n");
        assertThat(AnsibleInventory.dockerHostLine(c, INFO, data(), "web", "builder", "3f2a"))
                .isEqualTo("web ansible_host=3f2a ansible_connection=docker ansible_user=builder\n");
        AnsibleConfig custom = config("inventory_file_template = \"{{ .HostAlias }} ansible_host={{ .Host }} "
                + "ansible_connection=community.docker.docker_api\\n\"\n");
        assertThat(AnsibleInventory.dockerHostLine(custom, INFO, data(), "a", "", "3f2a"))
                .isEqualTo("a ansible_host=3f2a ansible_connection=community.docker.docker_api\n");
    }

    @Test
    void configurationChecks() {
        assertThat(Configs.decode(AnsibleConfig.class, "").errors()).containsExactly("playbook_file must be specified.");
        assertThat(Configs.decode(AnsibleConfig.class, "playbook_file = \"/no/such.yml\"\n").errors())
                .containsExactly("playbook_file: /no/such.yml is invalid: stat /no/such.yml: no such file or directory");
        assertThat(Configs.decode(AnsibleConfig.class, "playbook_file = \"/tmp\"\n").errors())
                .containsExactly("playbook_file: /tmp must point to a file");
        assertThat(Configs.decode(AnsibleConfig.class, "playbook_file = \"p\"\nlocal_port = 70000\n").errors())
                .containsExactly("local_port: 70000 must be a valid port");
        assertThat(AnsibleProvisioner.onPath("sh")).isTrue();
        assertThat(AnsibleProvisioner.onPath("no-such-ansible-playbook-xyz")).isFalse();
    }
}
