package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.config.Default;
import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Name;
import io.jenkins.plugins.packer.engine.config.Squash;
import io.jenkins.plugins.packer.engine.communicator.connect.CommunicatorConfig;
import io.jenkins.plugins.packer.engine.config.Validated;
import io.jenkins.plugins.packer.engine.config.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the {@code qemu} builder: Packer's qemu plugin {@code Config} with its embedded ISO, HTTP,
 * VNC/boot, shutdown, communicator, floppy, CD, SMP and EFI settings, under Packer's names and defaults.
 * Defaults that depend on the build name ({@code vm_name}, {@code output_directory}) or on other fields are
 * resolved by {@link QemuSettings}; Packer's validation is in {@link QemuConfigValidator}.
 */
@Doc("Builds qcow2 or raw disk images with QEMU: boots an installer ISO (typing `boot_command` over VNC, serving "
        + "`http_directory`) or an existing disk image (`disk_image = true`), provisions it over SSH, shuts it "
        + "down and compacts the disk with `qemu-img convert`.")
public record QemuConfig(
        // --- ISO / source image (commonsteps.ISOConfig) ---
        @Doc("URL or local path of the installer ISO, or of the disk image when `disk_image = true`.") String isoUrl,
        @Doc("URLs tried in order; conflicts with `iso_url`.") List<String> isoUrls,
        @Doc("Checksum of the ISO: `TYPE:HEX` (md5, sha1, sha256, sha512), a bare hex value, `file:URL` or "
                + "`file:PATH` of a checksum file, or `none`.") String isoChecksum,
        @Doc("Where a downloaded ISO is stored instead of the cache (`PACKER_CACHE_DIR`).") String isoTargetPath,
        @Doc("Extension of the downloaded file in the cache.") @Default("iso") String isoTargetExtension,
        @Doc("Packer lets QEMU read the ISO from its URL; here it only disables the checksum (as Packer, which "
                + "sets the checksum to `none`).") boolean isoSkipCache,
        // --- disks ---
        @Doc("The source is a bootable disk image, copied (or used as backing file) instead of an empty disk.")
        boolean diskImage,
        @Doc("With `disk_image` and qcow2: create an overlay backed by the source image; implies "
                + "`skip_compaction`.") boolean useBackingFile,
        @Doc("Output format: `qcow2` or `raw`.") @Default("qcow2") String format,
        @Doc("Disk size (K, M, G, T suffix; a bare number is megabytes).") @Default("40960M") String diskSize,
        @Doc("Sizes of additional disks, named `vm_name-1`, `vm_name-2`, ...") List<String> diskAdditionalSize,
        @Doc("Disk interface: ide, sata, scsi, virtio or virtio-scsi.") @Default("virtio") String diskInterface,
        @Doc("Cache mode: writethrough, writeback, none, unsafe or directsync.") @Default("writeback")
        String diskCache,
        @Doc("Discard mode: unmap or ignore.") @Default("ignore") String diskDiscard,
        @Doc("Detect-zeroes mode: unmap, on or off.") @Default("off") String diskDetectZeroes,
        @Doc("Do not compact the image with `qemu-img convert` after the build.") boolean skipCompaction,
        @Doc("Compress the qcow2 image while compacting (`qemu-img convert -c`).") boolean diskCompression,
        @Doc("With `disk_image`: do not resize the image to `disk_size`.") boolean skipResizeDisk,
        @Doc("Extra arguments for qemu-img: `convert`, `create` and `resize` lists.") QemuImgArgs qemuImgArgs,
        @Doc("Interface of the CD-ROM drives: ide, scsi, virtio or virtio-scsi (QEMU's default when unset).")
        String cdromInterface,
        // --- machine ---
        @Doc("Accelerator: kvm, tcg, hvf, whpx, xen, hax or none. Unset: kvm when a test guest really runs "
                + "under KVM, else tcg (with a one-line warning).") String accelerator,
        @Doc("QEMU machine type (`-machine type=`).") @Default("pc") String machineType,
        @Doc("QEMU CPU model (`-cpu`), e.g. `host` or `max`.") String cpuModel,
        @Doc("Number of virtual CPUs.") int cpus,
        @Doc("CPU sockets.") int sockets,
        @Doc("Cores per socket.") int cores,
        @Doc("Threads per core.") int threads,
        @Doc("Memory in megabytes (values below 10 mean the default).") @Default("512") int memory,
        @Doc("The QEMU binary.") @Default("qemu-system-x86_64") String qemuBinary,
        @Doc("Firmware file (`-bios`, or a pflash drive with `use_pflash`).") String firmware,
        @Doc("Provide `firmware` as a pflash drive instead of `-bios`.") boolean usePflash,
        @Doc("Boot with UEFI; implied by `efi_firmware_code`/`efi_firmware_vars`.") boolean efiBoot,
        @Doc("OVMF code file (default /usr/share/OVMF/OVMF_CODE.fd).") String efiFirmwareCode,
        @Doc("OVMF variables file, copied into the output directory (default /usr/share/OVMF/OVMF_VARS.fd).")
        String efiFirmwareVars,
        @Doc("Remove the copied EFI variables file from the output directory at the end.") boolean efiDropEfivars,
        @Doc("Attach a software TPM (needs swtpm).") boolean vtpm,
        @Doc("Emulate TPM 1.2 instead of 2.0.") @Name("use_tpm1") boolean useTpm1,
        @Doc("TPM device type.") @Default("tpm-tis") String tpmDeviceType,
        @Doc("Arguments that override or extend QEMU's command line: a list of [switch, value...] lists; a switch "
                + "given here replaces Packer's default of the same switch. Go templates `{{ .HTTPIP }}`, "
                + "`{{ .HTTPPort }}`, `{{ .HTTPDir }}`, `{{ .OutputDir }}`, `{{ .Name }}`, `{{ .SSHHostPort }}` "
                + "are rendered.") @Name("qemuargs") List<List<String>> qemuargs,
        // --- display / VNC ---
        @Doc("Run without a GUI window (VNC stays available).") boolean headless,
        @Doc("QEMU display (`-display`), default gtk when not headless; `none` lets QEMU choose.") String display,
        @Doc("Do not pass `-display` at all.") boolean useDefaultDisplay,
        @Doc("VGA card (`-vga`), e.g. std, virtio, qxl.") String vga,
        @Doc("Address the VNC server listens on.") @Default("127.0.0.1") String vncBindAddress,
        @Doc("Protect VNC with a random password (set over QMP).") boolean vncUsePassword,
        @Doc("Lowest VNC port (at least 5900).") @Default("5900") int vncPortMin,
        @Doc("Highest VNC port.") @Default("6000") int vncPortMax,
        @Doc("Start no VNC server; `boot_command` cannot be used then.") boolean disableVnc,
        // --- network ---
        @Doc("Network device model.") @Default("virtio-net") String netDevice,
        @Doc("Attach to this host bridge instead of user-mode networking (Linux).") String netBridge,
        @Doc("Lowest host port forwarded to the guest's SSH port.") @Default("2222") int hostPortMin,
        @Doc("Highest host port forwarded to the guest's SSH port.") @Default("4444") int hostPortMax,
        @Doc("Deprecated name of `host_port_min`.") int sshHostPortMin,
        @Doc("Deprecated name of `host_port_max`.") int sshHostPortMax,
        @Doc("Address the SSH port forward listens on. Extension: Packer listens on all interfaces; this engine "
                + "defaults to loopback.") @Default("127.0.0.1") String hostPortBindAddress,
        @Doc("Do not forward a host port; connect to `ssh_host`:`ssh_port` directly.") boolean skipNatMapping,
        // --- HTTP server (commonsteps.HTTPConfig) ---
        @Doc("Directory served over HTTP to the guest (`{{ .HTTPIP }}:{{ .HTTPPort }}`).") String httpDirectory,
        @Doc("Files served over HTTP by path (`/preseed.cfg` = text); conflicts with `http_directory`.")
        Map<String, String> httpContent,
        @Doc("Lowest HTTP port.") @Default("8000") int httpPortMin,
        @Doc("Highest HTTP port.") @Default("9000") int httpPortMax,
        @Doc("Address the HTTP server listens on.") @Default("0.0.0.0") String httpBindAddress,
        @Doc("Interface whose address the HTTP server listens on (not supported: use `http_bind_address`).")
        String httpInterface,
        @Doc("Address the guest uses to reach the HTTP server, when not the user-mode network's 10.0.2.2.")
        String httpCallbackAddress,
        @Doc("HTTP network protocol; only `tcp` is supported.") @Default("tcp") String httpNetworkProtocol,
        // --- boot (bootcommand.VNCConfig) ---
        @Doc("Keys typed over VNC after `boot_wait`; see the boot command grammar.") List<String> bootCommand,
        @Doc("Like `boot_command`, as [command, description] pairs typed one after the other.")
        List<List<String>> bootSteps,
        @Doc("Time to wait after starting QEMU before typing. `0s` or negative: no wait.") @Default("10s")
        Duration bootWait,
        @Doc("Pause after each key event (default `PACKER_KEY_INTERVAL` or 100ms).") Duration bootKeyInterval,
        @Doc("Accepted for compatibility; VNC typing has no key groups.") Duration bootKeygroupInterval,
        // --- CD / floppy ---
        @Doc("Files and directories (globs allowed) put on an extra CD; a directory keeps its name unless "
                + "written with a trailing slash.") List<String> cdFiles,
        @Doc("Files put on the extra CD by path; wins over `cd_files`.") Map<String, String> cdContent,
        @Doc("Volume label of the extra CD (e.g. `cidata`).") String cdLabel,
        @Doc("Files (globs allowed) put in the root of a 1.44 MB FAT12 floppy.") List<String> floppyFiles,
        @Doc("Directories copied recursively onto the floppy.") List<String> floppyDirs,
        @Doc("Files put on the floppy by path.") Map<String, String> floppyContent,
        @Doc("Volume label of the floppy.") @Default("packer") String floppyLabel,
        // --- output ---
        @Doc("Directory for the image; must not exist (unless `-force`). Default `output-<build name>`.")
        String outputDirectory,
        @Doc("Name of the image file; default `packer-<build name>`.") String vmName,
        @Doc("Open a QMP socket for the user at `qmp_socket_path` (the engine always uses its own).")
        boolean qmpEnable,
        @Doc("Path of the user's QMP socket; default `<output_directory>/<vm_name>.monitor`.")
        String qmpSocketPath,
        @Doc("Extension: file the guest's serial console is written to. Default: a temporary file; the last "
                + "lines are shown when SSH never comes up. A `-serial` in `qemuargs` wins.") String serialLogFile,
        @Doc("Deprecated, ignored.") boolean runOnce,
        // --- shutdown ---
        @Doc("Command run over SSH to shut the guest down; empty: QEMU is stopped (power off).")
        String shutdownCommand,
        @Doc("How long to wait for the guest to power off after `shutdown_command`.") @Default("5m")
        Duration shutdownTimeout,
        // --- communicator (sdk communicator.Config), declared once for every builder ---
        @Squash CommunicatorConfig comm) implements Validated {

    public QemuConfig {
        isoUrls = isoUrls == null ? List.of() : isoUrls;
        diskAdditionalSize = diskAdditionalSize == null ? List.of() : diskAdditionalSize;
        qemuargs = qemuargs == null ? List.of() : qemuargs;
        httpContent = httpContent == null ? Map.of() : httpContent;
        bootCommand = bootCommand == null ? List.of() : bootCommand;
        bootSteps = bootSteps == null ? List.of() : bootSteps;
        cdFiles = cdFiles == null ? List.of() : cdFiles;
        cdContent = cdContent == null ? Map.of() : cdContent;
        floppyFiles = floppyFiles == null ? List.of() : floppyFiles;
        floppyDirs = floppyDirs == null ? List.of() : floppyDirs;
        floppyContent = floppyContent == null ? Map.of() : floppyContent;
    }

    /** The communicator type, {@code ssh} when unset. */
    public String communicator() {
        return comm.type();
    }

    /** {@code qemu_img_args}: extra arguments of the qemu-img sub-commands. */
    public record QemuImgArgs(
            @Doc("Extra arguments of `qemu-img convert`.") List<String> convert,
            @Doc("Extra arguments of `qemu-img create`.") List<String> create,
            @Doc("Extra arguments of `qemu-img resize`.") List<String> resize) {
        public QemuImgArgs {
            convert = convert == null ? List.of() : convert;
            create = create == null ? List.of() : create;
            resize = resize == null ? List.of() : resize;
        }

        /** No extra arguments. */
        public static QemuImgArgs none() {
            return new QemuImgArgs(List.of(), List.of(), List.of());
        }
    }

    @Override
    public void validate(Validation v) {
        QemuConfigValidator.validate(this, v);
    }
}
