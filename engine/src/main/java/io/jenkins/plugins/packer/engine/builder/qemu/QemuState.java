package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.StateKey;
import java.nio.file.Path;
import java.util.List;

/** What the qemu builder's steps leave for each other (Packer's string keys, typed). */
public final class QemuState {

    /** The downloaded or local ISO / source disk image ({@code iso_path}). */
    public static final StateKey<Path> ISO_PATH = StateKey.of("iso_path", Path.class);
    /** Private directory of this build for sockets and logs, removed at the end. */
    public static final StateKey<Path> RUN_DIR = StateKey.of("qemu_run_dir", Path.class);
    /** The disks attached to the VM, main disk first ({@code qemu_disk_paths}). */
    public static final StateKey<List<Path>> DISK_PATHS = StateKey.generic("qemu_disk_paths");
    public static final StateKey<Path> FLOPPY_PATH = StateKey.of("floppy_path", Path.class);
    public static final StateKey<Path> CD_PATH = StateKey.of("cd_path", Path.class);
    public static final StateKey<String> HTTP_IP = StateKey.of("http_ip", String.class);
    public static final StateKey<Integer> HTTP_PORT = StateKey.of("http_port", Integer.class);
    /** Host port forwarded to the guest's SSH port ({@code commHostPort}). */
    public static final StateKey<Integer> SSH_HOST_PORT = StateKey.of("commHostPort", Integer.class);
    public static final StateKey<Integer> VNC_PORT = StateKey.of("vnc_port", Integer.class);
    public static final StateKey<String> VNC_PASSWORD = StateKey.of("vnc_password", String.class);
    public static final StateKey<Path> EFIVARS_PATH = StateKey.of("efi_vars_path", Path.class);
    /** The accelerator the VM runs with (detected when not configured). */
    public static final StateKey<String> ACCELERATOR = StateKey.of("qemu_accelerator", String.class);
    public static final StateKey<QemuProcess> QEMU = StateKey.of("qemu_process", QemuProcess.class);
    /** When QEMU was started ({@link System#nanoTime()}): {@code boot_wait} counts from here, as in Packer. */
    public static final StateKey<Long> STARTED_NANOS = StateKey.of("qemu_started_nanos", Long.class);
    public static final StateKey<QmpClient> QMP = StateKey.of("qmp_client", QmpClient.class);
    /** Where the guest's serial console goes, if it goes to a file. */
    public static final StateKey<Path> SERIAL_LOG = StateKey.of("serial_log", Path.class);
    /** Set once the guest was shut down on purpose; the run step's cleanup then only waits. */
    public static final StateKey<Boolean> SHUT_DOWN = StateKey.of("qemu_shut_down", Boolean.class);

    private QemuState() {
    }
}
