package io.jenkins.plugins.packer.engine.builder.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.communicator.CommandResult;
import io.jenkins.plugins.packer.engine.communicator.CommandTimeoutException;
import io.jenkins.plugins.packer.engine.communicator.CommunicatorException;
import io.jenkins.plugins.packer.engine.communicator.RemoteCommand;
import io.jenkins.plugins.packer.engine.communicator.RemoteProcess;
import io.jenkins.plugins.packer.engine.communicator.TransferProgress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker communicator against a real container of the private dockerd. */
class DockerCommunicatorTest {

    private static EngineApiDriver driver;
    private static String container;
    private static DockerCommunicator comm;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startContainer() throws Exception {
        driver = Dockerd.get().driver();
        ContainerSpec spec = RunCommand.parse(List.of("-d", "-i", "-t", "--entrypoint=/bin/sh", "--",
                Dockerd.BUSYBOX));
        container = driver.createContainer(spec);
        driver.startContainer(container);
        comm = new DockerCommunicator(driver, container, null, driver.containerUser(container), true);
    }

    @AfterAll
    static void removeContainer() throws IOException {
        if (driver != null) {
            if (container != null) {
                driver.removeContainer(container);
            }
            driver.close();
        }
    }

    private CommandResult run(String cmd, List<String> out, List<String> err) throws IOException {
        return comm.run(RemoteCommand.lines(cmd, out == null ? null : out::add, err == null ? null : err::add));
    }

    @Test
    void runsCommandsWithStreamedOutputAndExitCodes() throws IOException {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        CommandResult r = run("echo one; echo two >&2; printf 'no newline'; exit 3", out, err);
        assertThat(r.exitStatus()).isEqualTo(3);
        assertThat(r.success()).isFalse();
        assertThat(out).containsExactly("one", "no newline");
        assertThat(err).containsExactly("two");
        assertThat(run("true", null, null).success()).isTrue();
        assertThat(run("id -un; pwd", out = new ArrayList<>(), null).exitStatus()).isZero();
        assertThat(out).containsExactly("root", "/");
    }

    @Test
    void outputArrivesWhileTheCommandRuns() throws Exception {
        List<String> out = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RemoteProcess p = comm.start(RemoteCommand.lines("echo first; sleep 2; echo second", out::add, null))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (out.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(out).containsExactly("first");
            assertThat(p.isAlive()).isTrue();
            assertThat(p.waitFor(null).success()).isTrue();
        }
        assertThat(out).containsExactly("first", "second");
    }

    @Test
    void passesStandardInput() throws IOException {
        List<String> out = new ArrayList<>();
        RemoteCommand c = RemoteCommand.lines("tr a-z A-Z", out::add, null)
                .withStdin(new ByteArrayInputStream("hello\nworld\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(comm.run(c).success()).isTrue();
        assertThat(out).containsExactly("HELLO", "WORLD");
    }

    @Test
    void timeoutEndsTheWait() throws IOException {
        try (RemoteProcess p = comm.start(RemoteCommand.of("sleep 5"))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> p.waitFor(Duration.ofMillis(300))).isInstanceOf(CommandTimeoutException.class)
                    .hasMessageContaining("sleep 5");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void uploadsAndDownloadsFilesAsTarStreams() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(data);
        Map<String, Long> progress = new ConcurrentHashMap<>();
        TransferProgress track = (path, done, total) -> progress.merge(path, done, Math::max);
        comm.upload("/tmp/known.bin", new ByteArrayInputStream(data), data.length, 0640, track);
        comm.upload("/tmp/unknown.bin", new ByteArrayInputStream(data), -1, 0600, TransferProgress.NONE);
        assertThat(progress).containsEntry("/tmp/known.bin", (long) data.length);
        assertThat(shell("stat -c '%a %U %s' /tmp/known.bin /tmp/unknown.bin"))
                .isEqualTo("640 root " + data.length + "\n600 root " + data.length + "\n");
        assertThat(shell("sha256sum /tmp/known.bin | cut -d' ' -f1").strip()).isEqualTo(sha256(data));

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        comm.download("/tmp/unknown.bin", back, TransferProgress.NONE);
        assertThat(back.toByteArray()).isEqualTo(data);

        Path local = tmp.resolve("script.sh");
        Files.writeString(local, "#!/bin/sh\necho from-script\n");
        Files.setPosixFilePermissions(local, PosixFilePermissions.fromString("rwxr-x---"));
        comm.upload("/tmp/script.sh", local, TransferProgress.NONE);
        assertThat(shell("/tmp/script.sh; stat -c %a /tmp/script.sh")).isEqualTo("from-script\n750\n");
    }

    @Test
    void missingPathsAreClearErrors() {
        assertThatThrownBy(() -> comm.download("/nope/x", new ByteArrayOutputStream(), TransferProgress.NONE))
                .isInstanceOf(CommunicatorException.class).hasMessageContaining("/nope/x");
        assertThatThrownBy(() -> comm.upload("/nope/x", new ByteArrayInputStream(new byte[1]), 1, 0644,
                TransferProgress.NONE)).isInstanceOf(CommunicatorException.class).hasMessageContaining("/nope");
        assertThatThrownBy(() -> comm.download("/tmp", new ByteArrayOutputStream(), TransferProgress.NONE))
                .isInstanceOf(CommunicatorException.class).hasMessageContaining("directory");
    }

    @Test
    void uploadsDirectoriesWithPackersTrailingSlashRule() throws Exception {
        Path src = tmp.resolve("site");
        Files.createDirectories(src.resolve("sub/deeper"));
        Files.writeString(src.resolve("a.txt"), "A");
        Files.writeString(src.resolve("sub/deeper/b.txt"), "B");
        Files.writeString(src.resolve("skip.log"), "no");
        Files.createSymbolicLink(src.resolve("link"), Path.of("a.txt"));
        comm.uploadDir("/srv/one", src.toString(), List.of("skip.log"), TransferProgress.NONE);
        comm.uploadDir("/srv/two", src + "/", List.of(), TransferProgress.NONE);
        assertThat(shell("cd /srv && find . | sort")).isEqualTo(String.join("\n", ".", "./one", "./one/site",
                "./one/site/a.txt", "./one/site/link", "./one/site/sub", "./one/site/sub/deeper",
                "./one/site/sub/deeper/b.txt", "./two", "./two/a.txt", "./two/link", "./two/skip.log", "./two/sub",
                "./two/sub/deeper", "./two/sub/deeper/b.txt") + "\n");
        assertThat(shell("cat /srv/one/site/link /srv/two/sub/deeper/b.txt")).isEqualTo("AB");
        // filling an existing directory leaves its own mode alone (/tmp stays 1777)
        comm.uploadDir("/tmp", src + "/", List.of(), TransferProgress.NONE);
        assertThat(shell("stat -c %a /tmp")).isEqualTo("1777\n");
    }

    @Test
    void downloadsDirectories() throws Exception {
        shell("mkdir -p /data/x/y && echo 1 > /data/x/one && echo 2 > /data/x/y/two && chmod 700 /data/x/y "
                + "&& ln -s one /data/x/l");
        Path dest = tmp.resolve("out");
        comm.downloadDir("/data/x", dest, List.of(), TransferProgress.NONE);
        assertThat(dest.resolve("x/one")).hasContent("1");
        assertThat(dest.resolve("x/y/two")).hasContent("2");
        assertThat(Files.readSymbolicLink(dest.resolve("x/l"))).isEqualTo(Path.of("one"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dest.resolve("x/y"))))
                .isEqualTo("rwx------");
        // a trailing slash changes nothing (as OpenSSH's scp -r, which the SSH communicator follows)
        Path slash = tmp.resolve("slash");
        comm.downloadDir("/data/x/", slash, List.of("y"), TransferProgress.NONE);
        assertThat(slash.resolve("x/one")).hasContent("1");
        assertThat(slash.resolve("x/y")).doesNotExist();
    }

    @Test
    void fixesUploadOwnerAndRunsAsExecUser() throws Exception {
        ContainerSpec spec = RunCommand.parse(List.of("-d", "-i", "-t", "-u", "builder", "--entrypoint=/bin/sh",
                "--", Dockerd.BUSYBOX));
        String id = driver.createContainer(spec);
        try {
            driver.startContainer(id);
            DockerCommunicator asBuilder = new DockerCommunicator(driver, id, null, driver.containerUser(id), true);
            asBuilder.upload("/home/builder/f.txt", new ByteArrayInputStream(new byte[] {'x'}), 1, 0644,
                    TransferProgress.NONE);
            List<String> out = new ArrayList<>();
            asBuilder.run(RemoteCommand.lines("id -un; stat -c %U /home/builder/f.txt", out::add, null));
            assertThat(out).containsExactly("builder", "builder");

            DockerCommunicator noFix = new DockerCommunicator(driver, id, "root", "builder", false);
            noFix.upload("/home/builder/g.txt", new ByteArrayInputStream(new byte[] {'y'}), 1, 0644,
                    TransferProgress.NONE);
            out.clear();
            noFix.run(RemoteCommand.lines("id -un; stat -c %U /home/builder/g.txt", out::add, null));
            assertThat(out).containsExactly("root", "root");
        } finally {
            driver.removeContainer(id);
        }
    }

    private String shell(String cmd) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandResult r = comm.run(new RemoteCommand(cmd, null, out, out));
        assertThat(r.success()).as(cmd + ": " + out).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
