package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Packer's {@code stepConvertDisk}: compacts every disk with {@code qemu-img convert -O FORMAT [-c]} into a
 * temporary file that then replaces the disk ("Converting hard drive..."). Skipped with
 * {@code skip_compaction}, for raw images and for backing-file overlays.
 */
final class StepConvertDisk implements Step {

    private final QemuDriver driver;
    private final QemuSettings s;

    StepConvertDisk(QemuDriver driver, QemuSettings s) {
        this.driver = driver;
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        ctx.ui().say("Converting hard drive...");
        for (Path disk : ctx.state().get(QemuState.DISK_PATHS).orElse(List.of(s.diskPath()))) {
            Path tmp = disk.resolveSibling(disk.getFileName() + ".convert");
            List<String> cmd = new ArrayList<>(List.of("convert"));
            cmd.addAll(s.imgArgs().convert());
            if (s.diskCompression()) {
                cmd.add("-c");
            }
            cmd.addAll(List.of("-O", s.format(), disk.toString(), tmp.toString()));
            try {
                driver.qemuImg(cmd);
                Files.move(tmp, disk, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw new QemuException("Error converting hard drive: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String name() {
        return "stepConvertDisk";
    }
}
