package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QemuSettingsTest {

    private static final Path WD = Path.of("/work/tpl");

    private static QemuSettings s(String extra) {
        return QemuTestSupport.settings(extra, WD);
    }

    @Test
    void namesFromTheBuildName() {
        QemuSettings d = s("");
        assertThat(d.vmName()).isEqualTo("packer-tiny");
        assertThat(d.outputDir()).isEqualTo(WD.resolve("output-tiny"));
        assertThat(d.diskPath()).isEqualTo(WD.resolve("output-tiny/packer-tiny"));
        QemuSettings named = s("vm_name = \"a.qcow2\"\noutput_directory = \"out/x\"");
        assertThat(named.diskPath()).isEqualTo(WD.resolve("out/x/a.qcow2"));
    }

    @Test
    void smpFollowsPackersTopologyRules() {
        assertThat(s("").smp()).isEqualTo("1");
        assertThat(s("cpus = 4").smp()).isEqualTo("4");
        assertThat(s("sockets = 2\ncores = 2").smp()).isEqualTo("4,sockets=2,cores=2");
        assertThat(s("cpus = 8\nsockets = 1\ncores = 2\nthreads = 2").smp()).isEqualTo("4,sockets=1,cores=2,threads=2");
        assertThat(s("cpus = 2\ncores = 4").smp()).isEqualTo("2,cores=4");
        assertThat(s("threads = 2").smp()).isEqualTo("2,threads=2");
    }

    @Test
    void impliedSettings() {
        assertThat(s("").skipCompaction()).isFalse();
        assertThat(s("format = \"raw\"").skipCompaction()).isTrue();
        assertThat(s("format = \"raw\"\ndisk_compression = true").diskCompression()).isFalse();
        assertThat(s("disk_image = true\nuse_backing_file = true").skipCompaction()).isTrue();
        assertThat(s("memory = 5").memory()).isEqualTo(512);
        assertThat(s("disk_size = \"64\"").diskSize()).isEqualTo("64M");
        assertThat(s("disk_size = \"2g\"").diskSize()).isEqualTo("2g");
        assertThat(s("iso_skip_cache = true").isoChecksum()).isEqualTo("none");
        assertThat(s("").needsKeyPair()).isTrue();
        assertThat(s("ssh_password = \"pw\"").needsKeyPair()).isFalse();
        assertThat(s("communicator = \"none\"").needsKeyPair()).isFalse();
        assertThat(QemuTestSupport.settings("", WD).config().comm().sshUsername()).isEqualTo("root");
        assertThat(s("ssh_host_port_min = 3000\nssh_host_port_max = 3001").hostPortMin()).isEqualTo(3000);
    }

    @Test
    void efiAndQmpDefaults() {
        assertThat(s("").efi()).isFalse();
        QemuSettings efi = s("efi_firmware_vars = \"vars.fd\"");
        assertThat(efi.efi()).isTrue();
        assertThat(efi.efiCode()).isEqualTo("/usr/share/OVMF/OVMF_CODE.fd");
        assertThat(efi.efiVars()).isEqualTo("vars.fd");
        assertThat(s("").userQmp()).isFalse();
        assertThat(s("vnc_use_password = true").userQmp()).isTrue();
        assertThat(s("qmp_enable = true").userQmpSocket()).isEqualTo(WD.resolve("output-tiny/packer-tiny.monitor"));
    }

    @Test
    void diskSizes() {
        assertThat(DiskSize.normalize("")).isEqualTo("40960M");
        assertThat(DiskSize.normalize("0")).isEqualTo("40960M");
        assertThat(DiskSize.normalize("1T")).isEqualTo("1T");
        assertThat(DiskSize.normalize("10b")).isEqualTo("10b");
        assertThat(DiskSize.normalize("1.5G")).isNull();
        assertThat(DiskSize.normalize("5 G")).isNull();
        assertThat(DiskSize.bytes("64M")).isEqualTo(64L << 20);
        assertThat(DiskSize.bytes("2g")).isEqualTo(2L << 30);
    }
}
