package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.bootcommand.BootCommandParser;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.util.List;
import java.util.Set;

/**
 * Packer's {@code Config.Prepare} checks of the qemu builder (and of the embedded ISO, HTTP, VNC/boot,
 * communicator and CD configurations), with Packer's messages as summaries. Values not known before the build
 * are not judged. The output directory's existence is checked when the build runs (it depends on {@code -force}).
 */
final class QemuConfigValidator {

    static final Set<String> ACCELERATORS = Set.of("none", "kvm", "tcg", "xen", "hax", "hvf", "whpx");
    static final Set<String> DISK_INTERFACES = Set.of("ide", "sata", "scsi", "virtio", "virtio-scsi");
    static final Set<String> DISK_CACHES = Set.of("writethrough", "writeback", "none", "unsafe", "directsync");
    static final Set<String> DISK_DISCARDS = Set.of("unmap", "ignore");
    static final Set<String> DETECT_ZEROES = Set.of("unmap", "on", "off");
    static final Set<String> CDROM_INTERFACES = Set.of("", "ide", "scsi", "virtio", "virtio-scsi");

    private QemuConfigValidator() {
    }

    static void validate(QemuConfig c, Validation v) {
        iso(c, v);
        disks(c, v);
        machine(c, v);
        vncAndBoot(c, v);
        http(c, v);
        communicator(c, v);
    }

    private static void iso(QemuConfig c, Validation v) {
        boolean single = c.isoUrl() != null && !c.isoUrl().isEmpty() || v.isUnknown("iso_url");
        boolean many = !c.isoUrls().isEmpty() || v.isUnknown("iso_urls");
        if (single && many) {
            v.error("iso_urls", "Only one of iso_url or iso_urls must be specified",
                    "Set `iso_url` for one source or `iso_urls` for several tried in order, not both.");
        } else if (!single && !many) {
            v.error("iso_url", "One of iso_url or iso_urls must be specified",
                    "The qemu builder needs an installer ISO, or a disk image with `disk_image = true`.");
        }
        boolean checksumSet = c.isoChecksum() != null && !c.isoChecksum().isEmpty() || v.isUnknown("iso_checksum");
        if (!checksumSet && !c.isoSkipCache()) {
            v.error("iso_checksum", "A checksum must be specified",
                    "Set `iso_checksum` to `sha256:...`, `file:URL-of-SHA256SUMS`, or `none` to skip verification.");
        } else if ("none".equals(c.isoChecksum())) {
            v.warning("iso_checksum", "A checksum of 'none' was specified. Since ISO files are so big,\n"
                    + "a checksum is highly recommended.", "The downloaded file is not verified.");
        } else if (c.isoChecksum() != null && c.isoChecksum().toLowerCase(java.util.Locale.ROOT).endsWith(".iso")) {
            v.error("iso_checksum", "Error parsing checksum: .iso is not a valid checksum ending",
                    "`iso_checksum` looks like a file name; use `file:URL` for a checksum file.");
        }
    }

    private static void disks(QemuConfig c, Validation v) {
        if (!v.isUnknown("format") && !List.of("qcow2", "raw").contains(c.format())) {
            v.error("format", "invalid format, only 'qcow2' or 'raw' are allowed", "Got \"" + c.format() + "\".");
        }
        if (!v.isUnknown("disk_size") && DiskSize.normalize(c.diskSize()) == null) {
            v.error("disk_size", "Invalid disk size.",
                    "Use a number with an optional unit b, k, m, g or t (e.g. 40960M or 40G); a bare number is MB.");
        }
        for (String s : c.diskAdditionalSize()) {
            if (DiskSize.normalize(s) == null) {
                v.error("disk_additional_size", "Invalid disk size.", "\"" + s + "\" is not a valid size.");
            }
        }
        if (c.useBackingFile() && !(c.diskImage() && "qcow2".equals(c.format()))) {
            v.error("use_backing_file",
                    "use_backing_file can only be enabled for QCOW2 images and when disk_image is true",
                    "A backing file needs a qcow2 overlay on top of the source disk image.");
        }
        if (c.skipResizeDisk() && !c.diskImage()) {
            v.error("skip_resize_disk", "skip_resize_disk can only be used when disk_image is true",
                    "An empty disk is always created with `disk_size`.");
        }
        oneOf(v, "disk_interface", c.diskInterface(), DISK_INTERFACES, "unrecognized disk interface type");
        oneOf(v, "disk_cache", c.diskCache(), DISK_CACHES, "unrecognized disk cache type");
        oneOf(v, "disk_discard", c.diskDiscard(), DISK_DISCARDS, "unrecognized disk discard type");
        oneOf(v, "disk_detect_zeroes", c.diskDetectZeroes(), DETECT_ZEROES, "unrecognized disk detect zeroes setting");
        String cdrom = c.cdromInterface() == null ? "" : c.cdromInterface();
        oneOf(v, "cdrom_interface", cdrom, CDROM_INTERFACES, "unrecognized cdrom interface type");
    }

    private static void machine(QemuConfig c, Validation v) {
        if (c.accelerator() != null && !c.accelerator().isEmpty()) {
            oneOf(v, "accelerator", c.accelerator(), ACCELERATORS,
                    "invalid accelerator, only 'kvm', 'tcg', 'xen', 'hax', 'hvf', 'whpx', or 'none' are allowed");
        }
        positive(v, "cpus", c.cpus(), "cpus must be a positive number");
        positive(v, "sockets", c.sockets(), "sockets must be a positive number");
        positive(v, "cores", c.cores(), "cores must be a positive number");
        positive(v, "threads", c.threads(), "threads must be a positive number");
        if (c.vtpm()) {
            v.error("vtpm", "vtpm is not supported by this engine yet",
                    "A software TPM needs swtpm, which this engine does not drive yet. Remove `vtpm`.");
        }
        if (c.netBridge() != null && !c.netBridge().isEmpty() && !System.getProperty("os.name").startsWith("Linux")) {
            v.error("net_bridge", "net_bridge is only supported in Linux based OSes", "");
        }
    }

    private static void vncAndBoot(QemuConfig c, Validation v) {
        if (c.vncPortMin() < 5900) {
            v.error("vnc_port_min", "vnc_port_min cannot be below 5900",
                    "QEMU takes the VNC display number, port minus 5900.");
        }
        if (c.vncPortMin() > 65535 || c.vncPortMax() > 65535) {
            v.error("vnc_port_max", "vmc_port_min and vnc_port_max must both be below 65535 to be valid TCP ports",
                    "");
        }
        if (c.vncPortMin() > c.vncPortMax()) {
            v.error("vnc_port_min", "vnc_port_min must be less than vnc_port_max", "");
        }
        if (!c.bootCommand().isEmpty() && c.disableVnc()) {
            v.error("boot_command", "A boot command cannot be used when vnc is disabled.",
                    "The boot command is typed over VNC.");
        }
        if (!c.bootCommand().isEmpty() && !c.bootSteps().isEmpty()) {
            v.error("boot_steps", "boot_command and boot_steps cannot be used together",
                    "Use `boot_steps` to give each part a description, or `boot_command`.");
        }
        bootErrors(v, "boot_command", String.join("", c.bootCommand()));
        for (List<String> step : c.bootSteps()) {
            if (step.isEmpty() || step.size() > 2) {
                v.error("boot_steps", "Invalid boot step",
                        "Each boot step is [command] or [command, description]; got " + step.size() + " elements.");
            } else {
                bootErrors(v, "boot_steps", step.get(0));
            }
        }
    }

    private static void bootErrors(Validation v, String field, String command) {
        for (String e : BootCommandParser.validate(BootCommandParser.parse(command))) {
            v.error(field, e, "Waits such as <wait5> or <wait1m30s> must be positive.");
        }
    }

    private static void http(QemuConfig c, Validation v) {
        if (c.httpPortMin() > c.httpPortMax()) {
            v.error("http_port_min", "http_port_min must be less than http_port_max", "");
        }
        if (!c.httpContent().isEmpty() && c.httpDirectory() != null && !c.httpDirectory().isEmpty()) {
            v.error("http_content", "http_content cannot be used in conjunction with http_dir. Consider using the "
                    + "file function to load file in memory and serve them with http_content: "
                    + "https://www.packer.io/docs/templates/hcl_templates/functions/file/file", "");
        }
        if (c.httpInterface() != null && !c.httpInterface().isEmpty()) {
            v.error("http_interface", "http_interface is not supported by this engine",
                    "Set `http_bind_address` to the address of the interface instead.");
        }
        if (!"tcp".equals(c.httpNetworkProtocol()) && !v.isUnknown("http_network_protocol")) {
            v.error("http_network_protocol", "http_network_protocol is not supported by this engine",
                    "Only `tcp` is supported; got \"" + c.httpNetworkProtocol() + "\".");
        }
        for (String path : c.httpContent().keySet()) {
            if (!path.startsWith("/")) {
                v.error("http_content", "http_content keys must start with a slash",
                        "\"" + path + "\" is served as \"/" + path + "\" by nobody: write \"/" + path + "\".");
            }
        }
    }

    /** The communicator's own rules are checked by {@code CommunicatorConfig}; these are qemu's. */
    private static void communicator(QemuConfig c, Validation v) {
        String comm = c.communicator();
        if (!v.isUnknown("communicator") && !List.of("ssh", "none", "winrm").contains(comm)
                && !comm.startsWith("docker")) {
            return; // reported by CommunicatorConfig
        }
        if (!v.isUnknown("communicator") && comm.startsWith("docker")) {
            v.error("communicator", "Unsupported communicator \"" + comm + "\"",
                    "The qemu builder supports `ssh` and `none`.");
        }
        if ("ssh".equals(comm) && c.skipNatMapping() && QemuSettings.empty(c.comm().sshHost())) {
            v.error("ssh_host", "ssh_host must be specified with skip_nat_mapping",
                    "Without the port forward the guest must be reachable at `ssh_host`:`ssh_port`.");
        }
        int min = c.sshHostPortMin() > 0 ? c.sshHostPortMin() : c.hostPortMin();
        int max = c.sshHostPortMax() > 0 ? c.sshHostPortMax() : c.hostPortMax();
        if (min > max) {
            v.error("host_port_min", "host_port_min must be less than host_port_max", "");
        }
        if (min < 0 || max > 65535) {
            v.error("host_port_max", "host_port_min and host_port_max must be valid TCP ports", "");
        }
    }

    private static void oneOf(Validation v, String field, String value, Set<String> allowed, String message) {
        if (!v.isUnknown(field) && !allowed.contains(value)) {
            v.error(field, message, "Got \"" + value + "\"; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed))
                    .replaceFirst("^, ", "") + ".");
        }
    }

    private static void positive(Validation v, String field, int value, String message) {
        if (value < 0) {
            v.error(field, message, "");
        }
    }
}
