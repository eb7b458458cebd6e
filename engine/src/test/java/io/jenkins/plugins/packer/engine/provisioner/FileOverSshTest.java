package io.jenkins.plugins.packer.engine.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.communicator.ssh.OpenSshServer;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshdExtension;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code file} provisioner through {@code jpacker build} over SSH: files, directories with and without the
 * trailing slash, content, downloads, and a 200 MiB file whose SHA-256 is checked on the remote side (by a
 * shell provisioner) and after downloading it back.
 */
class FileOverSshTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private SshBuild b;
    private OpenSshServer server;

    @BeforeEach
    void start() throws Exception {
        b = new SshBuild(sshd);
        server = b.server("sshd");
        Files.createDirectories(b.remote(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scp", "sftp"})
    void uploadsAndDownloadsFilesAndDirectoriesWithPackersSlashRules(String method) throws Exception {
        Path tree = Files.createDirectories(b.work.resolve("tree/sub"));
        Files.writeString(b.work.resolve("tree/a.txt"), "a\n");
        Files.writeString(tree.resolve("b.txt"), "b\n");
        Files.writeString(b.work.resolve("one.txt"), "one\n");
        Path r = b.remote("");
        Files.createDirectories(r.resolve("contents"));
        Path t = b.template(b.source(server, "ssh_file_transfer_method = \"" + method + "\""), """
                  provisioner "file" {
                    source      = "one.txt"
                    destination = "%1$s/"
                  }
                  provisioner "file" {
                    source      = "one.txt"
                    destination = "%1$s/renamed.txt"
                  }
                  provisioner "file" {
                    source      = "tree"
                    destination = "%1$s"
                  }
                  provisioner "file" {
                    source      = "tree/"
                    destination = "%1$s/contents"
                  }
                  provisioner "file" {
                    content     = "user ${build.User}"
                    destination = "%1$s/content.txt"
                  }
                  provisioner "file" {
                    direction   = "download"
                    source      = "%1$s/renamed.txt"
                    destination = "down/"
                  }
                  provisioner "file" {
                    direction   = "download"
                    source      = "%1$s/tree/"
                    destination = "down/"
                  }
                  provisioner "file" {
                    direction   = "download"
                    source      = "%1$s/content.txt"
                    destination = "down/named/got.txt"
                  }
                """.formatted(r.toString().replaceAll("/$", "")));

        BuildRun.Result res = b.build(t);

        assertThat(res.exitCode()).as(res.out()).isZero();
        assertThat(res.out()).contains("==> null.ssh: Uploading one.txt => " + r + "/\n",
                "==> null.ssh: Uploading tree/ => " + r + "/contents",
                "==> null.ssh: Downloading " + r + "/tree/ => down/");
        assertThat(r.resolve("one.txt")).hasContent("one");
        assertThat(r.resolve("renamed.txt")).hasContent("one");
        assertThat(r.resolve("tree/a.txt")).hasContent("a");
        assertThat(r.resolve("tree/sub/b.txt")).hasContent("b");
        assertThat(r.resolve("contents/a.txt")).hasContent("a");
        assertThat(r.resolve("contents/sub/b.txt")).hasContent("b");
        assertThat(r.resolve("contents/tree")).doesNotExist();
        assertThat(r.resolve("content.txt")).hasContent("user root");
        assertThat(b.work.resolve("down/renamed.txt")).hasContent("one");
        assertThat(b.work.resolve("down/tree/sub/b.txt")).hasContent("b");
        assertThat(b.work.resolve("down/named/got.txt")).hasContent("user root");
    }

    @Test
    void twoHundredMebibytesArriveIntactBothWays() throws Exception {
        String sha = SshBuild.writeRandom(b.work.resolve("big.bin"), 200L << 20);
        Path r = b.remote("big.bin");
        Path t = b.template(b.source(server), """
                  provisioner "file" {
                    source      = "big.bin"
                    destination = "%1$s"
                  }
                  provisioner "shell" {
                    inline = ["echo remote-sha256=$(sha256sum %1$s | cut -c1-64)"]
                  }
                  provisioner "file" {
                    direction   = "download"
                    source      = "%1$s"
                    destination = "back.bin"
                  }
                """.formatted(r));

        BuildRun.Result res = b.build(t);

        assertThat(res.exitCode()).as(res.out()).isZero();
        assertThat(res.out()).contains("    null.ssh: remote-sha256=" + sha);
        assertThat(SshBuild.sha256(b.work.resolve("back.bin"))).isEqualTo(sha);
        Files.delete(r);
    }

    @Test
    void aMissingSourceIsReportedWithPackersMessage() throws Exception {
        Path t = b.template(b.source(server), """
                  provisioner "file" {
                    source      = "nope.txt"
                    destination = "/tmp/x"
                  }
                """);

        BuildRun.Result res = b.build(t);

        assertThat(res.exitCode()).isEqualTo(1);
        assertThat(res.out()).contains("stat nope.txt: no such file or directory");
    }
}
