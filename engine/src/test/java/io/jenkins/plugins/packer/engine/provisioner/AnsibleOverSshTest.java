package io.jenkins.plugins.packer.engine.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.communicator.ssh.OpenSshServer;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshdExtension;
import io.jenkins.plugins.packer.engine.communicator.ssh.Tools;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code ansible} and {@code ansible-local} provisioners with Debian's ansible against a real sshd, and the
 * null builder's temporary key pair (installed with the password login, then used by ansible).
 */
class AnsibleOverSshTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private SshBuild b;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ansible-playbook")),
                "ansible is not installed (apt-get install ansible)");
        b = new SshBuild(sshd);
        Files.createDirectories(b.remote(""));
    }

    private void playbook(Path file, String remoteFile, String text) throws Exception {
        Files.writeString(file, """
                - hosts: all
                  gather_facts: true
                  tasks:
                    - command: id -un
                      register: who
                    - debug: msg="ansible-user={{ who.stdout }} build={{ packer_build_name }} type={{ packer_builder_type }}"
                    - copy: { dest: "%s", content: "%s\\n" }
                """.formatted(remoteFile, text));
    }

    @Test
    void ansiblePlaybookRunsStraightAgainstTheHostAndAnsibleLocalOnIt() throws Exception {
        OpenSshServer server = b.server("sshd");
        playbook(b.work.resolve("site.yml"), b.remote("from-ansible.txt").toString(), "hello from ansible");
        Path roles = Files.createDirectories(b.work.resolve("roles/greet/tasks"));
        Files.writeString(roles.resolve("main.yml"), """
                - copy: { dest: "%s", content: "from role\\n" }
                """.formatted(b.remote("from-role.txt")));
        Path pbDir = Files.createDirectories(b.work.resolve("pb"));
        Files.writeString(pbDir.resolve("local.yml"), """
                - hosts: all
                  gather_facts: false
                  roles: [greet]
                  tasks:
                    - debug: msg="local build={{ packer_build_name }}"
                """);
        Path staging = b.remote("staging");
        Path t = b.template(b.source(server), """
                  provisioner "ansible" {
                    playbook_file    = "site.yml"
                    extra_arguments  = ["-e", "ansible_python_interpreter=/usr/bin/python3", "-e", "db_password=hunter2"]
                    ansible_env_vars = ["ANSIBLE_NOCOLOR=1"]
                    groups           = ["web"]
                  }
                  provisioner "ansible-local" {
                    playbook_dir            = "pb"
                    playbook_file           = "pb/local.yml"
                    role_paths              = ["roles/greet"]
                    staging_directory       = "%s"
                    clean_staging_directory = true
                    extra_arguments         = ["-e", "ansible_python_interpreter=/usr/bin/python3"]
                    command                 = "ANSIBLE_NOCOLOR=1 ansible-playbook"
                  }
                """.formatted(staging));

        BuildRun.Result r = b.build(t);

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("==> null.ssh: Provisioning with Ansible...",
                "==> null.ssh: Executing Ansible: ansible-playbook -e packer_build_name=\"ssh\" -e packer_builder_type=null"
                        + " --ssh-extra-args '-o IdentitiesOnly=yes' -e ansible_python_interpreter=/usr/bin/python3"
                        + " -e db_password=***** -e ansible_ssh_private_key_file=" + b.key,
                "\"msg\": \"ansible-user=root build=ssh type=null\"",
                "default                    : ok=4",
                "\"msg\": \"local build=ssh\"",
                "    null.ssh: Removing directory: " + staging);
        assertThat(r.out()).doesNotContain("hunter2");
        assertThat(b.remote("from-ansible.txt")).hasContent("hello from ansible");
        assertThat(b.remote("from-role.txt")).hasContent("from role");
        assertThat(staging).doesNotExist();
    }

    @Test
    void temporaryKeyPairIsInstalledUsedByAnsibleMaskedAndCleared() throws Exception {
        OpenSshServer server = sshd.start("pw", new OpenSshServer.Options().password("s3cret-pw")
                .authorize(Tools.publicKey(b.key)));
        Path written = server.testUserHome().resolve("temp-key.txt");   // writable by the test user
        playbook(b.work.resolve("site.yml"), written.toString(), "via temporary key");
        Path t = b.template("""
                source "null" "ssh" {
                  communicator              = "ssh"
                  ssh_host                  = "%s"
                  ssh_port                  = %d
                  ssh_username              = "%s"
                  ssh_password              = "s3cret-pw"
                  temporary_key_pair_type   = "ed25519"
                  ssh_clear_authorized_keys = true
                  ssh_timeout               = "30s"
                }
                """.formatted(server.host(), server.port(), OpenSshServer.TEST_USER), """
                  provisioner "shell" {
                    inline = [
                      "echo installed=$(grep -c ' packer_' ~/.ssh/authorized_keys)",
                      "echo pub=$(echo '${build.SSHPublicKey}' | cut -d' ' -f1)",
                      "echo '${build.SSHPrivateKey}' | head -2 | tail -1",
                    ]
                  }
                  provisioner "ansible" {
                    playbook_file   = "site.yml"
                    extra_arguments = ["-e", "ansible_python_interpreter=/usr/bin/python3"]
                  }
                """);

        BuildRun.Result r = b.build(t);

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("==> null.ssh: Creating temporary ed25519 SSH key for instance...",
                "    null.ssh: installed=1", "    null.ssh: pub=ssh-ed25519", "    null.ssh: <sensitive>",
                "\"msg\": \"ansible-user=" + OpenSshServer.TEST_USER + " build=ssh type=null\"",
                "==> null.ssh: Trying to remove ephemeral keys from authorized_keys files");
        assertThat(r.out()).doesNotContain("OPENSSH PRIVATE KEY", "s3cret-pw");
        assertThat(written).hasContent("via temporary key");
        String keys = Files.readString(server.testUserHome().resolve(".ssh/authorized_keys"));
        assertThat(keys).doesNotContain("packer_").contains(Tools.publicKey(b.key));
    }
}
