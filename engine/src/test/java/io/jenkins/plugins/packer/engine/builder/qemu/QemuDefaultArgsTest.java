package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QemuDefaultArgsTest {

    private static final Path WD = Path.of("/w");
    private static final List<Path> DISKS = List.of(Path.of("/w/out/vm"), Path.of("/w/out/vm-1"));

    private static List<String> args(String extra, int sshPort, int vncPort, Path iso) {
        QemuSettings s = QemuTestSupport.settings(extra, WD);
        return new QemuDefaultArgs(s, "tcg", sshPort, vncPort, false, DISKS, iso, null, null, null, null).build()
                .merge(List.of(), s.config().netDevice());
    }

    @Test
    void isoInstallDefaults() {
        List<String> a = args("headless = true", 2230, 5905, Path.of("/cache/x.iso"));
        assertThat(a).containsExactly("-name", "packer-tiny", "-machine", "type=pc,accel=tcg", "-netdev",
                "user,id=user.0,hostfwd=tcp:127.0.0.1:2230-:22", "-vnc", "127.0.0.1:5", "-m", "512M", "-smp", "1",
                "-device", "virtio-net,netdev=user.0",
                "-drive", "file=/w/out/vm,if=virtio,cache=writeback,discard=ignore,format=qcow2",
                "-drive", "file=/w/out/vm-1,if=virtio,cache=writeback,discard=ignore,format=qcow2",
                "-drive", "file=/cache/x.iso,media=cdrom", "-boot", "once=d");
    }

    @Test
    void diskImageBootsFromDiskAndTheForwardCanListenEverywhere() {
        List<String> a = args("disk_image = true\nheadless = true\nhost_port_bind_address = \"0.0.0.0\"", 2230, 5905,
                null);
        assertThat(a).containsSubsequence("-netdev", "user,id=user.0,hostfwd=tcp::2230-:22");
        assertThat(a).containsSubsequence("-boot", "c").doesNotContain("media=cdrom");
    }

    @Test
    void displays() {
        assertThat(args("", 2230, 5905, null)).containsSubsequence("-display", "gtk");
        assertThat(args("display = \"sdl\"", 2230, 5905, null)).containsSubsequence("-display", "sdl");
        assertThat(args("use_default_display = true", 2230, 5905, null)).doesNotContain("-display");
        assertThat(args("headless = true", 2230, 5905, null)).doesNotContain("-display");
        assertThat(args("headless = true\ndisable_vnc = true", 2230, 0, null))
                .containsSubsequence("-display", "none").doesNotContain("-vnc");
    }

    @Test
    void diskOptions() {
        List<String> a = args("disk_interface = \"virtio-scsi\"\ndisk_detect_zeroes = \"unmap\"\nformat = \"raw\"",
                2230, 5905, null);
        assertThat(a).containsSubsequence("-device", "virtio-scsi-pci,id=scsi0", "-device",
                "scsi-hd,bus=scsi0.0,drive=drive0", "-device", "scsi-hd,bus=scsi0.0,drive=drive1");
        assertThat(a).contains("if=none,file=/w/out/vm,id=drive0,cache=writeback,discard=ignore,format=raw,detect-zeroes=unmap");
        List<String> cd = args("cdrom_interface = \"ide\"", 2230, 5905, Path.of("/i.iso"));
        assertThat(cd).contains("file=/i.iso,if=ide,index=0,id=cdrom0,media=cdrom");
    }

    @Test
    void machineResources() {
        List<String> a = args("memory = 256\ncpus = 2\ncpu_model = \"max\"\nmachine_type = \"q35\"\nvga = \"virtio\"",
                2230, 5905, null);
        assertThat(a).containsSubsequence("-machine", "type=q35,accel=tcg", "-m", "256M", "-smp", "2", "-cpu", "max",
                "-vga", "virtio");
    }

    @Test
    void firmwareEfiAndQmp() {
        QemuSettings s = QemuTestSupport.settings("efi_boot = true\nfirmware = \"/fw.bin\"\nqmp_enable = true", WD);
        List<String> a = new QemuDefaultArgs(s, "kvm", 0, 5900, true, DISKS, null, Path.of("/r/cd.iso"),
                Path.of("/r/f.img"), Path.of("/w/output-tiny/efivars.fd"), Path.of("/r/serial.log")).build()
                .merge(List.of(), "virtio-net");
        assertThat(a).containsSubsequence("-netdev", "user,id=user.0", "-vnc", "127.0.0.1:0,password=on");
        assertThat(a).containsSubsequence("-fda", "/r/f.img");
        assertThat(a).contains("file=/r/cd.iso,media=cdrom",
                "file=/usr/share/OVMF/OVMF_CODE.fd,if=pflash,unit=0,format=raw,readonly=on",
                "file=/w/output-tiny/efivars.fd,if=pflash,unit=1,format=raw");
        assertThat(a).containsSubsequence("-bios", "/fw.bin");
        assertThat(a).containsSubsequence("-qmp", "unix:/w/output-tiny/packer-tiny.monitor,server=on,wait=off");
        assertThat(a).containsSubsequence("-serial", "file:/r/serial.log");
        QemuSettings pflash = QemuTestSupport.settings("firmware = \"/fw.bin\"\nuse_pflash = true\nnet_bridge = \"br0\"", WD);
        List<String> b = new QemuDefaultArgs(pflash, "none", 2230, 5900, false, DISKS, null, null, null, null, null)
                .build().merge(List.of(), "virtio-net");
        assertThat(b).contains("file=/fw.bin,if=pflash,format=raw,readonly=on", "bridge,id=user.0,br=br0",
                "type=pc").doesNotContain("-bios");
    }
}
