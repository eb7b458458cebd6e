package io.jenkins.plugins.packer.engine.provisioner;

import io.jenkins.plugins.packer.engine.communicator.ssh.OpenSshServer;
import io.jenkins.plugins.packer.engine.communicator.ssh.SshdExtension;
import io.jenkins.plugins.packer.engine.communicator.ssh.Tools;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * End-to-end builds of the {@code null} builder over SSH against a real OpenSSH server the test started
 * ({@link SshdExtension}): writes a template into a working directory and runs {@code jpacker build} on it
 * in-process (the CLI's code path, {@link BuildRun}).
 */
final class SshBuild {

    final SshdExtension sshd;
    final Path key;
    final Path work;

    SshBuild(SshdExtension sshd) throws IOException, InterruptedException {
        this.sshd = sshd;
        this.key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        this.work = Files.createDirectories(sshd.dir().resolve("work"));
    }

    /** A server that accepts {@link #key} for root. */
    OpenSshServer server(String name) throws IOException, InterruptedException {
        return sshd.start(name, new OpenSshServer.Options().authorize(Tools.publicKey(key)));
    }

    /** The source block {@code source "null" "ssh"} for root with {@link #key}, plus {@code extra} lines. */
    String source(OpenSshServer server, String... extra) {
        return source(server.host(), server.port(), extra);
    }

    String source(String host, int port, String... extra) {
        return """
                source "null" "ssh" {
                  communicator         = "ssh"
                  ssh_host             = "%s"
                  ssh_port             = %d
                  ssh_username         = "root"
                  ssh_private_key_file = "%s"
                  ssh_timeout          = "30s"
                  %s
                }
                """.formatted(host, port, key, String.join("\n  ", extra));
    }

    /** A template: {@code source} then a build of it with {@code body} (provisioner blocks). */
    Path template(String source, String body) throws IOException {
        Path t = work.resolve("build.pkr.hcl");
        Files.writeString(t, source + "\nbuild {\n  sources = [\"source.null.ssh\"]\n" + body + "\n}\n",
                StandardCharsets.UTF_8);
        return t;
    }

    /** Runs {@code jpacker build -color=false TEMPLATE} in the working directory. */
    BuildRun.Result build(Path template, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("-color=false"));
        args.addAll(List.of(flags));
        args.add(template.toString());
        return BuildRun.run(work, Map.of(), args);
    }

    /** Writes {@code size} pseudo-random bytes to {@code file}; returns their SHA-256 (hex). */
    static String writeRandom(Path file, long size) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        java.util.Random random = new java.util.Random(size);
        byte[] buf = new byte[1 << 20];
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            for (long done = 0; done < size; done += buf.length) {
                int n = (int) Math.min(buf.length, size - done);
                random.nextBytes(buf);
                out.write(buf, 0, n);
                md.update(buf, 0, n);
            }
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    /** The SHA-256 (hex) of a local file, streamed. */
    static String sha256(Path file) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    /** A file under the test's scratch directory, seen identically by the remote side (same file system). */
    Path remote(String name) {
        return sshd.dir().resolve("remote").resolve(name);
    }
}
