package io.jenkins.plugins.packer.engine.builder.qemu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The qemu configuration with every default Packer computes in {@code Prepare} applied: names from the build
 * name, implied flags ({@code use_backing_file} implies {@code skip_compaction}, raw disables compaction and
 * compression, a VNC password or a bridge enables QMP), paths resolved against the working directory.
 *
 * @param config the decoded configuration
 * @param vmName {@code vm_name} or {@code packer-BUILDNAME}
 * @param outputDir {@code output_directory} or {@code output-BUILDNAME}, absolute
 * @param workingDir where relative paths in the template are resolved
 */
public record QemuSettings(QemuConfig config, String vmName, Path outputDir, Path workingDir) {

    /** Default OVMF files, as Packer. */
    static final String OVMF_CODE = "/usr/share/OVMF/OVMF_CODE.fd";
    static final String OVMF_VARS = "/usr/share/OVMF/OVMF_VARS.fd";

    public static QemuSettings of(QemuConfig c, String buildName, Path workingDir) {
        String vm = empty(c.vmName()) ? "packer-" + buildName : c.vmName();
        String out = empty(c.outputDirectory()) ? "output-" + buildName : c.outputDirectory();
        return new QemuSettings(c, vm, workingDir.resolve(out).normalize(), workingDir);
    }

    static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    /** {@code iso_url} followed by {@code iso_urls}. */
    public List<String> isoUrls() {
        List<String> urls = new ArrayList<>();
        if (!empty(config.isoUrl())) {
            urls.add(config.isoUrl());
        }
        urls.addAll(config.isoUrls());
        return urls;
    }

    /** {@code iso_checksum}, {@code none} with {@code iso_skip_cache}. */
    public String isoChecksum() {
        return config.isoSkipCache() ? "none" : config.isoChecksum();
    }

    public String format() {
        return config.format();
    }

    public String diskSize() {
        String s = DiskSize.normalize(config.diskSize());
        return s == null ? DiskSize.DEFAULT : s;
    }

    /** Packer skips compaction for raw images and backing files. */
    public boolean skipCompaction() {
        return config.skipCompaction() || !"qcow2".equals(format()) || config.useBackingFile();
    }

    public boolean diskCompression() {
        return config.diskCompression() && "qcow2".equals(format());
    }

    /** Memory in MB: values below 10 mean Packer's 512. */
    public int memory() {
        return config.memory() < 10 ? 512 : config.memory();
    }

    /** The {@code -smp} value: Packer's {@code QemuSMPConfig.getDefaultCmdLine}. */
    public String smp() {
        int sockets = config.sockets();
        int cores = config.cores();
        int threads = config.threads();
        int total = sockets;
        if (cores > 0 && total > 0) {
            total *= cores;
        }
        if (total == 0) {
            total = cores;
        }
        if (threads > 0 && total != 0) {
            total *= threads;
        }
        if (total == 0) {
            total = threads;
        }
        if (total == 0 && config.cpus() == 0) {
            return "1";
        }
        int cpus = config.cpus() == 0 ? total : config.cpus();
        if (cpus > total && total != 0) {
            cpus = total;
        }
        StringBuilder sb = new StringBuilder().append(cpus);
        if (sockets > 0) {
            sb.append(",sockets=").append(sockets);
        }
        if (cores > 0) {
            sb.append(",cores=").append(cores);
        }
        if (threads > 0) {
            sb.append(",threads=").append(threads);
        }
        return sb.toString();
    }

    public boolean efi() {
        return config.efiBoot() || !empty(config.efiFirmwareCode()) || !empty(config.efiFirmwareVars());
    }

    public String efiCode() {
        return empty(config.efiFirmwareCode()) ? OVMF_CODE : config.efiFirmwareCode();
    }

    public String efiVars() {
        return empty(config.efiFirmwareVars()) ? OVMF_VARS : config.efiFirmwareVars();
    }

    /** The user's QMP socket: enabled by {@code qmp_enable}, a VNC password or a bridge. */
    public boolean userQmp() {
        return config.qmpEnable() || config.vncUsePassword() || !empty(config.netBridge());
    }

    public Path userQmpSocket() {
        return empty(config.qmpSocketPath()) ? outputDir.resolve(vmName + ".monitor")
                : workingDir.resolve(config.qmpSocketPath());
    }

    public boolean ssh() {
        return "ssh".equals(config.communicator());
    }

    /**
     * Whether the template gives no SSH credential (password, key file, agent), so the build makes a
     * temporary key pair (Packer's {@code StepSSHKeyGen}) whose public key the boot command can install.
     */
    public boolean needsKeyPair() {
        var comm = config.comm();
        return ssh() && empty(comm.sshPassword()) && empty(comm.sshPrivateKeyFile()) && !comm.sshAgentAuth();
    }

    public int hostPortMin() {
        return config.sshHostPortMin() > 0 ? config.sshHostPortMin() : config.hostPortMin();
    }

    public int hostPortMax() {
        return config.sshHostPortMax() > 0 ? config.sshHostPortMax() : config.hostPortMax();
    }

    /** The image file of the main disk. */
    public Path diskPath() {
        return outputDir.resolve(vmName);
    }

    /** Where relative paths such as {@code http_directory} and {@code cd_files} point. */
    public Path resolve(String path) {
        return workingDir.resolve(path);
    }

    public boolean httpServer() {
        return !empty(config.httpDirectory()) || !config.httpContent().isEmpty();
    }

    public QemuConfig.QemuImgArgs imgArgs() {
        return config.qemuImgArgs() == null ? QemuConfig.QemuImgArgs.none() : config.qemuImgArgs();
    }
}
