package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the VM's disks with {@code qemu-img create} (Packer's {@code stepCreateDisk}): the main disk
 * {@code vm_name} of {@code disk_size} unless the source is a disk image that is copied (with
 * {@code use_backing_file} the main disk is a qcow2 overlay whose backing file is the source image), and the
 * additional disks {@code vm_name-1}, {@code vm_name-2}, ... of {@code disk_additional_size}.
 */
final class StepCreateDisk implements Step {

    private final QemuDriver driver;
    private final QemuSettings s;

    StepCreateDisk(QemuDriver driver, QemuSettings s) {
        this.driver = driver;
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        boolean createMain = !c.diskImage() || c.useBackingFile();
        if (!createMain && c.diskAdditionalSize().isEmpty()) {
            return;
        }
        ctx.ui().say("Creating required virtual machine disks");
        List<Path> disks = new ArrayList<>();
        if (createMain) {
            List<String> cmd = new ArrayList<>(List.of("create", "-f", s.format()));
            if (c.useBackingFile()) {
                Path source = ctx.state().require(QemuState.ISO_PATH).toAbsolutePath();
                cmd.addAll(List.of("-b", source.toString(), "-F", DiskFormats.formatOf(source)));
            }
            cmd.addAll(s.imgArgs().create());
            cmd.add(s.diskPath().toString());
            if (!(c.useBackingFile() && c.skipResizeDisk())) {
                cmd.add(s.diskSize());
            }
            create(ctx, cmd);
        }
        disks.add(s.diskPath());
        for (int i = 0; i < c.diskAdditionalSize().size(); i++) {
            Path p = s.outputDir().resolve(s.vmName() + "-" + (i + 1));
            List<String> cmd = new ArrayList<>(List.of("create", "-f", s.format()));
            cmd.addAll(s.imgArgs().create());
            cmd.add(p.toString());
            cmd.add(DiskSize.normalize(c.diskAdditionalSize().get(i)));
            create(ctx, cmd);
            disks.add(p);
        }
        ctx.state().put(QemuState.DISK_PATHS, List.copyOf(disks));
    }

    private void create(StepContext ctx, List<String> cmd) throws Exception {
        ctx.log().log("[INFO] Creating disk: qemu-img " + String.join(" ", cmd));
        try {
            driver.qemuImg(cmd);
        } catch (QemuException e) {
            throw new QemuException("Error creating hard drive: " + e.getMessage(), e);
        }
    }
}
