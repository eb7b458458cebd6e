package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.packer.engine.net.PortRange;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through {@code bin/jpacker build} with the test guests under TCG: (a) a disk image booted with
 * {@code -kernel/-initrd} and provisioned, (b) the ISO flow with a boot command typed over VNC, an HTTP seed and a
 * CD, (c) cancellation during boot, (d) a wrong checksum, (e) SSH that never comes up. After every build no QEMU
 * of the build runs and its SSH and VNC ports are free again. Provisioning uses the {@code shell} and
 * {@code file} provisioners over the builder's SSH connection, and {@code shell-local} with {@code ssh} against
 * {@code build.Host}:{@code build.Port} (the forwarded port) to check the build values.
 */
class QemuBuildIT {

    @TempDir
    Path dir;

    private static Path guest;
    private String vmName;
    private int sshPort;
    private int vncPort;

    @BeforeAll
    static void guest() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/qemu-system-x86_64")), "qemu-system-x86 is installed by scripts/test");
        guest = TestGuest.get();
    }

    @BeforeEach
    void ports() throws IOException {
        vmName = "it-" + UUID.randomUUID().toString().substring(0, 8) + ".qcow2";
        sshPort = new PortRange(24000, 24999).pickFree("127.0.0.1", new Random(), Set.of());
        vncPort = new PortRange(5900, 6000).pickFree("127.0.0.1", new Random(), Set.of());
    }

    record Run(int code, String out) {
    }

    private Process start(String template) throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), template);
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("jpacker.bin", "bin/jpacker"), "build",
                "-color=false", "-timestamp-ui", "t.pkr.hcl"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        pb.environment().put("PACKER_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        return pb.start();
    }

    private Run build(String template) throws Exception {
        Process p = start(template);
        boolean done = p.waitFor(8, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.log"));
        assertThat(done).as(out).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** The common part of every source: names, the fixed test ports, the guest's key. */
    private String common() {
        return """
                  accelerator      = "tcg"
                  headless         = true
                  memory           = 256
                  format           = "qcow2"
                  vm_name          = "%s"
                  output_directory = "out"
                  host_port_min    = %d
                  host_port_max    = %d
                  vnc_port_min     = %d
                  vnc_port_max     = %d
                  ssh_username     = "root"
                  ssh_private_key_file = "%s/id_guest"
                  shutdown_command = "poweroff"
                  shutdown_timeout = "2m"
                """.formatted(vmName, sshPort, sshPort, vncPort, vncPort, guest);
    }

    private String ssh(String remoteCommand) {
        return "ssh -i %s/id_guest -p ${build.Port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                .formatted(guest) + "-o LogLevel=ERROR ${build.User}@${build.Host} '" + remoteCommand + "'";
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    /** Reads a file from the ext4 file system of a qcow2 image (qemu-img convert to raw, then debugfs). */
    private String readFromImage(Path qcow2, String file) throws Exception {
        Path raw = dir.resolve("verify.raw");
        exec(List.of("qemu-img", "convert", "-O", "raw", qcow2.toString(), raw.toString()));
        try {
            return exec(List.of("debugfs", "-R", "cat " + file, raw.toString()));
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static String exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    /** Nothing of the build is left: no QEMU with its VM name, its SSH and VNC ports bind again. */
    private void assertNothingLeft() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (qemuRunning() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(qemuRunning()).as("a qemu-system process of " + vmName + " is still running").isFalse();
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        assertThat(PortRange.canBind(lo, sshPort)).as("SSH port %d free", sshPort).isTrue();
        assertThat(PortRange.canBind(lo, vncPort)).as("VNC port %d free", vncPort).isTrue();
    }

    private boolean qemuRunning() throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+")).anyMatch(p -> {
                try {
                    String cmdline = Files.readString(p.resolve("cmdline"), StandardCharsets.ISO_8859_1);
                    return cmdline.contains("qemu-system") && cmdline.contains(vmName);
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    @Test
    void a_diskImageWithKernelArgsIsProvisionedAndCompacted() throws Exception {
        Files.writeString(dir.resolve("payload.txt"), "payload from the host\n");
        Run r = build("""
                source "qemu" "tiny" {
                  disk_image       = true
                  iso_url          = "%s/disk.qcow2"
                  iso_checksum     = "sha256:%s"
                  skip_resize_disk = true
                  boot_wait        = "1s"
                  serial_log_file  = "console.log"
                %s
                  qemuargs = [
                    ["-kernel", "%s/vmlinuz"],
                    ["-initrd", "%s/initrd.img"],
                    ["-append", "console=ttyS0 quiet panic=-1"],
                    ["-cpu", "max"],
                  ]
                }
                build {
                  sources = ["source.qemu.tiny"]
                  provisioner "shell" {
                    inline = ["echo built-by-jpacker port ${build.SSHHostPort} > /mnt/disk/stamp.txt"]
                  }
                  provisioner "file" {
                    source      = "payload.txt"
                    destination = "/mnt/disk/payload.txt"
                  }
                  provisioner "shell" {
                    inline = ["sync", "echo guest uptime $(cut -d' ' -f1 /proc/uptime)"]
                  }
                  provisioner "shell-local" {
                    inline = ["%s"]
                  }
                }
                """.formatted(guest, sha256(guest.resolve("disk.qcow2")), common(), guest, guest,
                ssh("cat /mnt/disk/stamp.txt")));
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("==> qemu.tiny: Connected to SSH!", "qemu.tiny: guest uptime",
                "qemu.tiny: built-by-jpacker port " + sshPort, "==> qemu.tiny: Gracefully halting virtual machine...",
                "==> qemu.tiny: Converting hard drive...", "--> qemu.tiny: VM files in directory: " + dir.resolve("out"));
        Path image = dir.resolve("out").resolve(vmName);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).containsExactly(image);
        }
        assertThat(Files.readAllBytes(image)).startsWith('Q', 'F', 'I', (byte) 0xFB);
        assertThat(readFromImage(image, "/stamp.txt")).isEqualTo("built-by-jpacker port " + sshPort + "\n");
        assertThat(readFromImage(image, "/payload.txt")).isEqualTo("payload from the host\n");
        // serial_log_file: the guest's whole console, from its init script to its shutdown
        assertThat(Files.readString(dir.resolve("console.log"), StandardCharsets.ISO_8859_1))
                .contains("GUEST-UP if=", "GUEST-SHUTDOWN", "reboot: Power down");
        assertNothingLeft();
    }

    @Test
    void b_isoInstallTypesTheBootCommandOverVncAndUsesTheHttpSeedAndTheCd() throws Exception {
        Path http = Files.createDirectories(dir.resolve("http"));
        Files.writeString(http.resolve("seed.sh"), """
                mke2fs -q /dev/vda && mount -t ext4 /dev/vda /mnt/disk
                for d in /dev/sr0 /dev/sr1 /dev/sr2; do
                  mount -t iso9660 -o ro $d /mnt/cdrom 2>/dev/null || continue
                  [ -f /mnt/cdrom/from-cd.txt ] && cp /mnt/cdrom/from-cd.txt /mnt/disk/ && break
                  umount /mnt/cdrom
                done
                echo installed-from-seed > /mnt/disk/installed.txt
                sync
                """);
        Files.writeString(dir.resolve("from-cd.txt"), "this came on the cd_files CD\n");
        Files.writeString(dir.resolve("SHA256SUMS"), sha256(guest.resolve("tiny.iso")) + "  tiny.iso\n");
        Run r = build("""
                source "qemu" "iso" {
                  iso_url           = "%s/tiny.iso"
                  iso_checksum      = "file:SHA256SUMS"
                  disk_size         = "64M"
                  http_directory    = "http"
                  http_bind_address = "127.0.0.1"
                  cd_files          = ["from-cd.txt"]
                  cd_label          = "cidata"
                  boot_wait         = "6s"
                  boot_key_interval = "20ms"
                  serial_log_file   = "console.log"
                  boot_command      = ["linux console=ttyS0 quiet seed=http://{{ .HTTPIP }}:{{ .HTTPPort }}/seed.sh<enter>"]
                %s
                  qemuargs = [["-cpu", "max"]]
                }
                build {
                  sources = ["source.qemu.iso"]
                  provisioner "shell" {
                    inline = ["cat /mnt/disk/installed.txt", "echo provisioned > /mnt/disk/provisioned.txt", "sync"]
                  }
                }
                """.formatted(guest, common()));
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("==> qemu.iso: Creating CD disk...", "==> qemu.iso: Starting HTTP server on port",
                "==> qemu.iso: Typing the boot commands over VNC...", "qemu.iso: installed-from-seed");
        Matcher httpPort = Pattern.compile("Starting HTTP server on port (\\d+)").matcher(r.out());
        assertThat(httpPort.find()).isTrue();
        // isolinux echoes the line typed over VNC on the serial console: Shift made the colons
        assertThat(Files.readString(dir.resolve("console.log"), StandardCharsets.ISO_8859_1)).contains(
                "boot: linux console=ttyS0 quiet seed=http://10.0.2.2:" + httpPort.group(1) + "/seed.sh",
                "SEED-DONE rc=0");
        Path image = dir.resolve("out").resolve(vmName);
        assertThat(readFromImage(image, "/installed.txt")).isEqualTo("installed-from-seed\n");
        assertThat(readFromImage(image, "/from-cd.txt")).isEqualTo("this came on the cd_files CD\n");
        assertThat(readFromImage(image, "/provisioned.txt")).isEqualTo("provisioned\n");
        assertNothingLeft();
    }

    @Test
    void c_cancellingDuringBootLeavesNothingBehind() throws Exception {
        Process p = start("""
                source "qemu" "c" {
                  disk_image       = true
                  iso_url          = "%s/disk.qcow2"
                  iso_checksum     = "none"
                  skip_resize_disk = true
                  boot_wait        = "1s"
                %s
                  qemuargs = [["-kernel", "%s/vmlinuz"], ["-initrd", "%s/initrd.img"], ["-append", "console=ttyS0"]]
                }
                build {
                  sources = ["source.qemu.c"]
                }
                """.formatted(guest, common(), guest, guest));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.readString(dir.resolve("out.log")).contains("Waiting 1s for boot")) {
            assertThat(System.nanoTime() < deadline && p.isAlive()).as(Files.readString(dir.resolve("out.log"))).isTrue();
            Thread.sleep(50);
        }
        assertThat(qemuRunning()).isTrue();
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(dir.resolve("out.log"));
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("Deleting output directory...");
        assertThat(dir.resolve("out")).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void d_aWrongChecksumFailsBeforeQemuStarts() throws Exception {
        Run r = build("""
                source "qemu" "d" {
                  disk_image   = true
                  iso_url      = "%s/disk.qcow2"
                  iso_checksum = "sha256:%s"
                %s
                }
                build {
                  sources = ["source.qemu.d"]
                }
                """.formatted(guest, "0".repeat(64), common()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Checksums did not match for " + guest.resolve("disk.qcow2"),
                "Expected: " + "0".repeat(64), "Got: " + sha256(guest.resolve("disk.qcow2")))
                .doesNotContain("Starting VM");
        assertThat(dir.resolve("out")).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void e_sshThatNeverComesUpTimesOutWithTheGuestsLastConsoleLines() throws Exception {
        Run r = build("""
                source "qemu" "e" {
                  disk_image       = true
                  iso_url          = "%s/disk.qcow2"
                  iso_checksum     = "none"
                  skip_resize_disk = true
                  boot_wait        = "1s"
                  ssh_timeout      = "30s"
                %s
                  qemuargs = [
                    ["-kernel", "%s/vmlinuz"],
                    ["-initrd", "%s/initrd.img"],
                    ["-append", "console=ttyS0 rdinit=/no-such-init"],
                  ]
                }
                build {
                  sources = ["source.qemu.e"]
                }
                """.formatted(guest, common(), guest, guest));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Timeout waiting for SSH", "The guest's last console lines (", "Kernel panic");
        assertThat(dir.resolve("out")).doesNotExist();
        assertNothingLeft();
    }
}
