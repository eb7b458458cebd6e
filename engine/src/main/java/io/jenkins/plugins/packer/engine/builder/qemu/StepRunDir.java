package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates this build's private directory (mode 0700, under the system temporary directory so unix socket paths
 * stay short) for QEMU's QMP socket, its output log, the serial console and generated media; removes it at the
 * end whatever happened.
 */
final class StepRunDir implements Step {

    private Path dir;

    @Override
    public void run(StepContext ctx) throws Exception {
        dir = Files.createTempDirectory("packer-qemu",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        ctx.state().put(QemuState.RUN_DIR, dir);
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (dir != null) {
            Directories.deleteRecursively(dir);
        }
    }
}
