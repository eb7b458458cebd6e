package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, {@code bin/jpacker build} as a process: the remote provisioners inside a container through the
 * docker communicator (exec with streamed output and exit codes, tar streams both ways): {@code shell},
 * {@code file} up and down (a file and a directory each way), {@code ansible} (Ansible's docker connection, run
 * on this machine against the container) and {@code ansible-local} (ansible-playbook inside the container), on
 * the {@link PythonImage}; then the committed image is run to see what the provisioners left in it.
 */
class DockerProvisionersIT {

    @TempDir
    Path dir;

    private Dockerd dockerd;

    @BeforeEach
    void setUp() {
        dockerd = Dockerd.get();
    }

    @Test
    void shellFileAndAnsibleProvisionersWorkInsideTheContainer() throws Exception {
        String image = PythonImage.get(dockerd);
        Files.writeString(dir.resolve("payload.txt"), "payload\n");
        Files.createDirectories(dir.resolve("site/sub"));
        Files.writeString(dir.resolve("site/a.txt"), "A\n");
        Files.writeString(dir.resolve("site/sub/b.txt"), "B\n");
        Files.writeString(dir.resolve("play.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: a module that runs Python inside the container
                      copy:
                        content: "ansible was here\\n"
                        dest: /ansible-was-here.txt
                    - command: cat /payload.txt
                      register: p
                    - debug:
                        msg: "payload={{ p.stdout }} on {{ inventory_hostname }}"
                """);
        Files.writeString(dir.resolve("local.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - copy:
                        content: "ansible-local was here\\n"
                        dest: /ansible-local-was-here.txt
                """);
        JPackerBuild.Result r = JPackerBuild.run(dir, dockerd, """
                source "docker" "p" {
                  image  = "%s"
                  pull   = false
                  commit = true
                }
                build {
                  sources = ["source.docker.p"]
                  provisioner "shell" {
                    environment_vars = ["GREETING=hello there"]
                    inline = ["echo \\"shell: $GREETING from $(id -un) in $PACKER_BUILDER_TYPE\\"",
                              "echo oops >&2",
                              "mkdir -p /srv/logs && echo log1 > /srv/logs/a.log && echo built > /built.txt"]
                  }
                  provisioner "shell" {
                    inline           = ["exit 3"]
                    valid_exit_codes = [3]
                  }
                  provisioner "file" {
                    source      = "payload.txt"
                    destination = "/payload.txt"
                  }
                  provisioner "file" {
                    source      = "site/"
                    destination = "/srv/site"
                  }
                  provisioner "file" {
                    direction   = "download"
                    source      = "/built.txt"
                    destination = "down/built.txt"
                  }
                  provisioner "file" {
                    direction   = "download"
                    source      = "/srv/logs/"
                    destination = "down/"
                  }
                  provisioner "ansible" {
                    playbook_file = "play.yml"
                  }
                  provisioner "ansible-local" {
                    playbook_file = "local.yml"
                  }
                  post-processor "docker-tag" {
                    repository = "e2e/provisioned"
                    tags       = ["v1"]
                  }
                }
                """.formatted(image));
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("docker.p: shell: hello there from root in docker", "==> docker.p: oops",
                "Ansible reaches the container with its docker connection", "payload=payload on default",
                "ok=3    changed=2")
                // ansible-local runs with ANSIBLE_FORCE_COLOR=1 (as Packer's): colour codes around the counts
                .containsPattern("ok=1[^\\n]{0,40}changed=1");
        assertThat(dir.resolve("down/built.txt")).hasContent("built");
        assertThat(dir.resolve("down/logs/a.log")).hasContent("log1");
        assertThat(dockerd.run("e2e/provisioned:v1", "cat", "/payload.txt", "/built.txt", "/srv/site/a.txt",
                "/srv/site/sub/b.txt", "/ansible-was-here.txt", "/ansible-local-was-here.txt"))
                .isEqualTo("payload\nbuilt\nA\nB\nansible was here\nansible-local was here\n");
        assertThat(dockerd.containers()).isEmpty();
    }

    @Test
    void aFailingScriptFailsTheBuildWithItsExitCodeAndLeavesNoContainer() throws Exception {
        JPackerBuild.Result r = JPackerBuild.run(dir, dockerd, """
                source "docker" "f" {
                  image  = "%s"
                  pull   = false
                  commit = true
                }
                build {
                  sources = ["source.docker.f"]
                  provisioner "shell" { inline = ["echo before", "exit 7", "echo never"] }
                }
                """.formatted(Dockerd.BUSYBOX));
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("docker.f: before", "Script exited with non-zero exit status: 7",
                "Killing the container").doesNotContain("never", "Committing");
        assertThat(dockerd.containers()).isEmpty();
    }
}
