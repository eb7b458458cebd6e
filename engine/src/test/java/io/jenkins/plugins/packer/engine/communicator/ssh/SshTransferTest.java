package io.jenkins.plugins.packer.engine.communicator.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Uploads and downloads through SCP and SFTP against a real sshd, checked on the remote side with the
 * server's own tools (sha256sum, find, stat).
 */
class SshTransferTest {

    @RegisterExtension
    final SshdExtension sshd = new SshdExtension();

    private SshCommunicator connect(SshConfig.FileTransferMethod method) throws Exception {
        Path key = Tools.clientKey(sshd.dir().resolve("keys"), "ed25519");
        OpenSshServer server = sshd.start("sshd", new OpenSshServer.Options().authorize(Tools.publicKey(key)));
        return sshd.closeLater(SshCommunicator.connect(SshTestSupport.rootWithKey(server, key)
                .fileTransferMethod(method).build(), new SshTestSupport.Messages()));
    }

    private static String remote(SshCommunicator ssh, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var r = ssh.run(RemoteCommand.of(command).withStdout(out).withStderr(err));
        assertThat(r.success()).as("%s: %s", command, err).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(SshConfig.FileTransferMethod.class)
    void uploadFileKeepsContentAndMode(SshConfig.FileTransferMethod method) throws Exception {
        SshCommunicator ssh = connect(method);
        Path local = sshd.dir().resolve("script.sh");
        Files.writeString(local, "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(local, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        Path remoteDir = Files.createDirectories(sshd.dir().resolve("remote"));
        String dst = remoteDir.resolve("it's here.sh").toString();
        ssh.upload(dst, local, TransferProgress.NONE);
        assertThat(Files.readString(Path.of(dst))).isEqualTo("#!/bin/sh\necho hi\n");
        assertThat(remote(ssh, "stat -c %a \"" + dst + "\"").trim()).isEqualTo("750");
    }

    @ParameterizedTest
    @EnumSource(SshConfig.FileTransferMethod.class)
    void uploadStreamOfUnknownSizeAndDownloadIt(SshConfig.FileTransferMethod method) throws Exception {
        SshCommunicator ssh = connect(method);
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(data);
        String dst = Files.createDirectories(sshd.dir().resolve("remote")).resolve("blob").toString();
        ssh.upload(dst, new ByteArrayInputStream(data), -1, 0600, TransferProgress.NONE);
        assertThat(remote(ssh, "stat -c %a " + dst).trim()).isEqualTo("600");
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        AtomicLong last = new AtomicLong(-1);
        ssh.download(dst, back, (path, done, total) -> {
            assertThat(done).isGreaterThanOrEqualTo(last.get());
            last.set(done);
        });
        assertThat(back.toByteArray()).isEqualTo(data);
        assertThat(last.get()).isEqualTo(data.length);
    }

    @ParameterizedTest
    @EnumSource(SshConfig.FileTransferMethod.class)
    void uploadDirFollowsTheTrailingSlashRule(SshConfig.FileTransferMethod method) throws Exception {
        SshCommunicator ssh = connect(method);
        Path src = sshd.dir().resolve("local/site");
        Files.createDirectories(src.resolve("sub/deeper"));
        Files.createDirectories(src.resolve("empty"));
        Files.writeString(src.resolve("a.txt"), "A");
        Files.writeString(src.resolve("sub/b.txt"), "B");
        Files.writeString(src.resolve("sub/deeper/c.txt"), "C");
        Files.writeString(src.resolve("skip.me"), "no");
        Path r1 = Files.createDirectories(sshd.dir().resolve("r1"));
        Path r2 = Files.createDirectories(sshd.dir().resolve("r2"));

        ssh.uploadDir(r1.toString(), src.toString(), List.of("skip.me"), TransferProgress.NONE);
        ssh.uploadDir(r2.toString(), src + "/", List.of(), TransferProgress.NONE);

        assertThat(remote(ssh, "cd " + r1 + " && find . | sort")).isEqualTo(String.join("\n", ".", "./site",
                "./site/a.txt", "./site/empty", "./site/sub", "./site/sub/b.txt", "./site/sub/deeper",
                "./site/sub/deeper/c.txt") + "\n");
        assertThat(remote(ssh, "cd " + r2 + " && find . | sort")).isEqualTo(String.join("\n", ".", "./a.txt",
                "./empty", "./skip.me", "./sub", "./sub/b.txt", "./sub/deeper", "./sub/deeper/c.txt") + "\n");
        assertThat(Files.readString(r2.resolve("sub/deeper/c.txt"))).isEqualTo("C");
    }

    @ParameterizedTest
    @EnumSource(SshConfig.FileTransferMethod.class)
    void downloadDirCreatesTheDirectoryUnderTheDestinationAsPacker(SshConfig.FileTransferMethod method)
            throws Exception {
        SshCommunicator ssh = connect(method);
        Path remoteDir = sshd.dir().resolve("served/logs");
        remote(ssh, "mkdir -p " + remoteDir + "/nested && printf 1 > " + remoteDir + "/one.log && printf 2 > "
                + remoteDir + "/nested/two.log && chmod 640 " + remoteDir + "/one.log");
        Path out1 = sshd.dir().resolve("out1");
        Path out2 = sshd.dir().resolve("out2");
        ssh.downloadDir(remoteDir.toString(), out1, List.of(), TransferProgress.NONE);
        ssh.downloadDir(remoteDir + "/", out2, List.of("nested"), TransferProgress.NONE);
        assertThat(Files.readString(out1.resolve("logs/one.log"))).isEqualTo("1");
        assertThat(Files.readString(out1.resolve("logs/nested/two.log"))).isEqualTo("2");
        assertThat(Files.readString(out2.resolve("logs/one.log"))).isEqualTo("1");
        assertThat(out2.resolve("logs/nested/two.log")).doesNotExist();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out1.resolve("logs/one.log")))).isEqualTo("rw-r-----");
    }

    @ParameterizedTest
    @EnumSource(SshConfig.FileTransferMethod.class)
    void missingRemoteFileIsAClearError(SshConfig.FileTransferMethod method) throws Exception {
        SshCommunicator ssh = connect(method);
        assertThatThrownBy(() -> ssh.download("/nonexistent/file", OutputStream.nullOutputStream(),
                TransferProgress.NONE))
                .isInstanceOf(CommunicatorException.class)
                .hasMessageContaining("/nonexistent/file")
                .hasMessageContaining("o such file");
        assertThatThrownBy(() -> ssh.upload("/nonexistent/dir/x", new ByteArrayInputStream(new byte[1]), 1, 0644,
                TransferProgress.NONE))
                .isInstanceOf(CommunicatorException.class)
                .hasMessageContaining("/nonexistent/dir");
    }

    @ParameterizedTest
    @EnumSource(SshConfig.FileTransferMethod.class)
    void bigFileRoundTripHasTheSameSha256OnBothSides(SshConfig.FileTransferMethod method) throws Exception {
        SshCommunicator ssh = connect(method);
        Path big = sshd.dir().resolve("big.bin");
        String localSha = writeRandom(big, 200L << 20);
        String dst = sshd.dir().resolve("big-remote.bin").toString();
        AtomicLong calls = new AtomicLong();
        AtomicLong last = new AtomicLong();
        ssh.upload(dst, big, (path, done, total) -> {
            calls.incrementAndGet();
            last.set(done);
            assertThat(total).isEqualTo(200L << 20);
        });
        assertThat(last.get()).isEqualTo(200L << 20);
        assertThat(calls.get()).isGreaterThan(100);
        assertThat(remote(ssh, "sha256sum " + dst).substring(0, 64)).isEqualTo(localSha);
        Path back = sshd.dir().resolve("big-back.bin");
        try (OutputStream out = Files.newOutputStream(back)) {
            ssh.download(dst, out, TransferProgress.NONE);
        }
        assertThat(sha256(back)).isEqualTo(localSha);
    }

    static String writeRandom(Path file, long size) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        Random random = new Random(7);
        byte[] buf = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long done = 0; done < size; done += buf.length) {
                random.nextBytes(buf);
                out.write(buf);
                md.update(buf);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
