package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QemuConfigTest {

    @Test
    void packersDefaults() {
        QemuConfig c = QemuTestSupport.config("");
        assertThat(c.format()).isEqualTo("qcow2");
        assertThat(c.diskSize()).isEqualTo("40960M");
        assertThat(c.diskInterface()).isEqualTo("virtio");
        assertThat(c.diskCache()).isEqualTo("writeback");
        assertThat(c.diskDiscard()).isEqualTo("ignore");
        assertThat(c.diskDetectZeroes()).isEqualTo("off");
        assertThat(c.machineType()).isEqualTo("pc");
        assertThat(c.memory()).isEqualTo(512);
        assertThat(c.qemuBinary()).isEqualTo("qemu-system-x86_64");
        assertThat(c.netDevice()).isEqualTo("virtio-net");
        assertThat(c.vncBindAddress()).isEqualTo("127.0.0.1");
        assertThat(List.of(c.vncPortMin(), c.vncPortMax())).containsExactly(5900, 6000);
        assertThat(List.of(c.hostPortMin(), c.hostPortMax())).containsExactly(2222, 4444);
        assertThat(List.of(c.httpPortMin(), c.httpPortMax())).containsExactly(8000, 9000);
        assertThat(c.httpBindAddress()).isEqualTo("0.0.0.0");
        assertThat(c.bootWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.shutdownTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.comm().sshPort()).isEqualTo(22);
        assertThat(c.communicator()).isEqualTo("ssh");
        assertThat(c.isoTargetExtension()).isEqualTo("iso");
        assertThat(c.tpmDeviceType()).isEqualTo("tpm-tis");
        assertThat(c.hostPortBindAddress()).isEqualTo("127.0.0.1");
        assertThat(c.accelerator()).isNull();
    }

    @Test
    void theStudyTemplateDecodes() {
        QemuTestSupport.Result r = QemuTestSupport.decode("""
                disk_image        = true
                boot_wait         = "1s"
                iso_url           = "/tmp/disk.qcow2"
                iso_checksum      = "sha256:9e17c9f743716cb11e9a0b3dafbcf7a37727f201ef5cde181ef29e276f73d00e"
                skip_resize_disk  = true
                accelerator       = "tcg"
                headless          = true
                memory            = 256
                ssh_username      = "root"
                shutdown_command  = "poweroff"
                qemuargs = [
                  ["-kernel", "/tmp/vmlinuz"],
                  ["-netdev", "user,id=user.0,", "hostfwd=tcp:127.0.0.1:{{ .SSHHostPort }}-:22"],
                  ["--no-acpi", ""],
                ]
                qemu_img_args {
                  convert = ["-o", "preallocation=full"]
                }
                http_content = { "/seed.sh" = "echo hi" }
                boot_steps = [["<enter>", "first"], ["<wait>"]]
                """);
        assertThat(r.errors()).isEmpty();
        assertThat(r.config().qemuargs()).hasSize(3).element(1).asList().hasSize(3);
        assertThat(r.config().qemuImgArgs().convert()).containsExactly("-o", "preallocation=full");
        assertThat(r.config().qemuImgArgs().resize()).isEmpty();
        assertThat(r.config().httpContent()).containsEntry("/seed.sh", "echo hi");
        assertThat(r.config().bootSteps()).hasSize(2);
    }

    @Test
    void packersValidationMessages() {
        assertThat(errors("format = \"vmdk\"")).contains("invalid format, only 'qcow2' or 'raw' are allowed");
        assertThat(errors("disk_size = \"40 GB\"")).contains("Invalid disk size.");
        assertThat(errors("disk_additional_size = [\"1G\", \"x\"]")).contains("Invalid disk size.");
        assertThat(errors("accelerator = \"kvmm\"")).contains(
                "invalid accelerator, only 'kvm', 'tcg', 'xen', 'hax', 'hvf', 'whpx', or 'none' are allowed");
        assertThat(errors("disk_interface = \"nvme\"")).contains("unrecognized disk interface type");
        assertThat(errors("disk_cache = \"fast\"")).contains("unrecognized disk cache type");
        assertThat(errors("disk_discard = \"on\"")).contains("unrecognized disk discard type");
        assertThat(errors("disk_detect_zeroes = \"yes\"")).contains("unrecognized disk detect zeroes setting");
        assertThat(errors("use_backing_file = true")).contains(
                "use_backing_file can only be enabled for QCOW2 images and when disk_image is true");
        assertThat(errors("skip_resize_disk = true")).contains("skip_resize_disk can only be used when disk_image is true");
        assertThat(errors("vnc_port_min = 5000")).contains("vnc_port_min cannot be below 5900");
        assertThat(errors("vnc_port_min = 6001")).contains("vnc_port_min must be less than vnc_port_max");
        assertThat(errors("vnc_port_max = 70000")).contains(
                "vmc_port_min and vnc_port_max must both be below 65535 to be valid TCP ports");
        assertThat(errors("cpus = -1")).contains("cpus must be a positive number");
        assertThat(errors("boot_command = [\"a\"]\ndisable_vnc = true"))
                .contains("A boot command cannot be used when vnc is disabled.");
        assertThat(errors("boot_command = [\"<wait-5s>\"]")).contains("Expecting a positive wait value. Got -5s");
        assertThat(errors("boot_command = [\"a\"]\nboot_steps = [[\"b\"]]"))
                .contains("boot_command and boot_steps cannot be used together");
        assertThat(errors("http_directory = \"http\"\nhttp_content = { \"/a\" = \"b\" }"))
                .anyMatch(e -> e.startsWith("http_content cannot be used in conjunction with http_dir."));
        assertThat(errors("http_port_min = 9001")).contains("http_port_min must be less than http_port_max");
        assertThat(errors("communicator = \"winrm\"")).contains("Unsupported communicator \"winrm\"");
        assertThat(errors("vtpm = true")).contains("vtpm is not supported by this engine yet");
    }

    @Test
    void isoAndChecksumRules() {
        assertThat(QemuTestSupport.decode("ssh_username = \"u\"\niso_checksum = \"none\"").errors())
                .contains("One of iso_url or iso_urls must be specified");
        assertThat(QemuTestSupport.decode("ssh_username = \"u\"\niso_url = \"a\"\niso_urls = [\"b\"]\niso_checksum = \"none\"")
                .errors()).contains("Only one of iso_url or iso_urls must be specified");
        assertThat(QemuTestSupport.decode("ssh_username = \"u\"\niso_url = \"a\"").errors())
                .contains("A checksum must be specified");
        assertThat(QemuTestSupport.decode("ssh_username = \"u\"\niso_url = \"a\"\niso_skip_cache = true").errors())
                .isEmpty();
        assertThat(QemuTestSupport.decode("ssh_username = \"u\"\niso_url = \"a\"\niso_checksum = \"x.iso\"").errors())
                .contains("Error parsing checksum: .iso is not a valid checksum ending");
        assertThat(QemuTestSupport.decode(QemuTestSupport.MINIMAL).warnings())
                .contains("A checksum of 'none' was specified. Since ISO files are so big,\na checksum is highly recommended.");
    }

    @Test
    void sshNeedsAUsernameNoneDoesNot() {
        assertThat(QemuTestSupport.decode("iso_url = \"a\"\niso_checksum = \"none\"").errors())
                .anyMatch(e -> e.startsWith("An ssh_username must be specified"));
        assertThat(QemuTestSupport.decode("iso_url = \"a\"\niso_checksum = \"none\"\ncommunicator = \"none\"").errors())
                .isEmpty();
    }

    @Test
    void unknownArgumentsAreRejected() {
        assertThat(errors("qemu_args = []")).contains("Unsupported argument");
    }

    private static List<String> errors(String extra) {
        return QemuTestSupport.decode(QemuTestSupport.MINIMAL + extra).errors();
    }
}
