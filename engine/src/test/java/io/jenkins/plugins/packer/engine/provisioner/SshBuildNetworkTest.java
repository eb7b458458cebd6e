package io.jenkins.plugins.packer.engine.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.communicator.ssh.NetNs;
import io.jenkins.plugins.packer.engine.communicator.ssh.OpenSshServer;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshdExtension;
import io.jenkins.plugins.packer.engine.communicator.ssh.Tools;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Null builds reaching machines in a network namespace the test creates: directly over a veth pair, and through
 * a second sshd as jump host to a server only the jump host can reach (shell, file and, when ansible is
 * installed, the ansible provisioner through the forwarded port).
 */
class SshBuildNetworkTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private SshBuild b;

    @BeforeEach
    void start() throws Exception {
        b = new SshBuild(sshd);
        Files.createDirectories(b.remote(""));
    }

    @Test
    void provisionsAHostInsideANetworkNamespace() throws Exception {
        NetNs ns = sshd.netns();
        OpenSshServer server = sshd.start("ns", new OpenSshServer.Options().inNetns(ns)
                .authorize(Tools.publicKey(b.key)));
        String hostNetns = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        Files.writeString(b.work.resolve("payload.txt"), "across the veth\n");
        Path t = b.template(b.source(server), """
                  provisioner "file" {
                    source      = "payload.txt"
                    destination = "%s"
                  }
                  provisioner "shell" {
                    inline = ["echo netns=$(readlink /proc/self/ns/net) conn=$SSH_CONNECTION"]
                  }
                """.formatted(b.remote("payload.txt")));

        BuildRun.Result r = b.build(t);

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(server.host()).isEqualTo(ns.innerAddress());
        assertThat(r.out()).contains("    null.ssh: netns=" + ns.inode() + " conn=")
                .contains(ns.innerAddress() + " 22").doesNotContain("netns=" + hostNetns);
        assertThat(b.remote("payload.txt")).hasContent("across the veth");
    }

    @Test
    void jumpsThroughABastionToAHostOnlyTheBastionCanReach() throws Exception {
        NetNs ns = sshd.netns();
        OpenSshServer bastion = sshd.start("bastion", new OpenSshServer.Options().inNetns(ns)
                .authorize(Tools.publicKey(b.key)));
        // listens on the namespace's own loopback: unreachable from this host except through the bastion
        OpenSshServer target = sshd.start("target", new OpenSshServer.Options().inNetnsLoopback(ns)
                .authorize(Tools.publicKey(b.key)));
        boolean ansible = Files.isExecutable(Path.of("/usr/bin/ansible-playbook"));
        Files.writeString(b.work.resolve("site.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - command: readlink /proc/self/ns/net
                      register: ns
                    - debug: msg="ansible-netns={{ ns.stdout }}"
                """);
        Path t = b.template(b.source(target,
                "ssh_bastion_host = \"" + bastion.host() + "\"",
                "ssh_bastion_port = " + bastion.port(),
                "ssh_bastion_username = \"root\"",
                "ssh_bastion_private_key_file = \"" + b.key + "\"",
                "ssh_bastion_host_key_fingerprint = \"" + bastion.hostKeyFingerprint() + "\""), """
                  provisioner "shell" {
                    inline = ["echo target-netns=$(readlink /proc/self/ns/net) conn=$SSH_CONNECTION"]
                  }
                """ + (ansible ? """
                  provisioner "ansible" {
                    playbook_file   = "site.yml"
                    extra_arguments = ["-e", "ansible_python_interpreter=/usr/bin/python3"]
                  }
                """ : ""));

        BuildRun.Result r = b.build(t);

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("    null.ssh: target-netns=" + ns.inode() + " conn=127.0.0.1 ")
                .contains("127.0.0.1 " + target.port());
        if (ansible) {
            assertThat(r.out()).contains("\"msg\": \"ansible-netns=" + ns.inode() + "\"");
        }
    }
}
