package io.jenkins.plugins.packer.engine.builder.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The external tools of the qemu builder (Packer's qemu {@code Driver}): {@code qemu-img} and the
 * {@code qemu-system-*} binary. Steps use only this interface, so tests run them against a fake.
 */
public interface QemuDriver {

    /**
     * Runs {@code qemu-img} with {@code args} and returns its standard output.
     *
     * @throws QemuException with qemu-img's error output when it exits non-zero
     */
    String qemuImg(List<String> args) throws IOException, InterruptedException;

    /**
     * Starts {@code binary} with {@code args}; its standard output and error go to {@code outputLog}. The process
     * dies with this JVM when the platform allows it.
     */
    QemuProcess start(String binary, List<String> args, Path outputLog) throws IOException;

    /** {@code binary --version}'s version number, e.g. {@code 7.2.22}. */
    String version(String binary) throws IOException, InterruptedException;

    /**
     * Whether a tiny test guest really runs under {@code accelerator} with this machine and CPU model (it must
     * reach 64-bit mode and write to a debug port) within {@code timeout}.
     */
    boolean probe(String binary, String accelerator, String machineType, String cpuModel, Duration timeout)
            throws IOException, InterruptedException;

    /** Whether the host offers {@code /dev/kvm} to this user (Packer's only test). */
    boolean kvmDeviceUsable();
}
