package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code disk_image} (and no backing file): the source image becomes the main disk (Packer's
 * {@code stepCopyDisk}). A source already in the output format is copied as a file; otherwise
 * {@code qemu-img convert -O FORMAT} converts it.
 */
final class StepCopyDisk implements Step {

    private final QemuDriver driver;
    private final QemuSettings s;

    StepCopyDisk(QemuDriver driver, QemuSettings s) {
        this.driver = driver;
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        Path source = ctx.state().require(QemuState.ISO_PATH);
        Path target = s.diskPath();
        ctx.ui().say("Copying hard drive...");
        if (s.format().equals(DiskFormats.formatOf(source)) && s.imgArgs().convert().isEmpty()) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
            List<String> cmd = new ArrayList<>(List.of("convert"));
            cmd.addAll(s.imgArgs().convert());
            cmd.addAll(List.of("-O", s.format(), source.toString(), target.toString()));
            try {
                driver.qemuImg(cmd);
            } catch (QemuException e) {
                throw new QemuException("Error creating hard drive: " + e.getMessage(), e);
            }
        }
        List<Path> disks = new ArrayList<>(ctx.state().get(QemuState.DISK_PATHS).orElse(List.of()));
        if (!disks.contains(target)) {
            disks.add(0, target);
        }
        ctx.state().put(QemuState.DISK_PATHS, List.copyOf(disks));
    }
}
