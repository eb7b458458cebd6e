package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The qemu test guests (see {@code src/test/resources/qemu/build-test-guest.sh}): built from Debian packages on
 * first use in a test run and cached under {@code target/qemu-test-guest}, keyed by the script's hash, so a
 * clean checkout builds them once (a kernel download plus about 2 seconds) and later runs reuse them.
 */
final class TestGuest {

    private static Path dir;

    private TestGuest() {
    }

    /** The directory with vmlinuz, initrd.img, disk.qcow2, id_guest and tiny.iso. */
    static synchronized Path get() throws IOException, InterruptedException {
        if (dir != null) {
            return dir;
        }
        byte[] script;
        try (InputStream in = TestGuest.class.getResourceAsStream("/qemu/build-test-guest.sh")) {
            script = in.readAllBytes();
        }
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path base = Path.of(System.getProperty("qemu.test.guest.dir", "target/qemu-test-guest")).toAbsolutePath();
        Files.createDirectories(base);
        Path out = base.resolve(hash);
        try (FileChannel ch = FileChannel.open(base.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            if (!Files.exists(out.resolve("ready"))) {
                Path sh = base.resolve("build-test-guest-" + hash + ".sh");
                Files.write(sh, script);
                Files.createDirectories(out);
                Path log = base.resolve("build-" + hash + ".log");
                Process p = new ProcessBuilder("bash", sh.toString(), out.toString()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IOException("building the test guest failed: " + Files.readString(log, StandardCharsets.UTF_8));
                }
                Files.writeString(out.resolve("ready"), hash);
            }
        }
        dir = out;
        return dir;
    }
}
