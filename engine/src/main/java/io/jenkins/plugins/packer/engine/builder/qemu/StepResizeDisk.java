package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.util.ArrayList;
import java.util.List;

/** With {@code disk_image}: grows the main disk to {@code disk_size} with {@code qemu-img resize}. */
final class StepResizeDisk implements Step {

    private final QemuDriver driver;
    private final QemuSettings s;

    StepResizeDisk(QemuDriver driver, QemuSettings s) {
        this.driver = driver;
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("resize", "-f", s.format()));
        cmd.addAll(s.imgArgs().resize());
        cmd.add(s.diskPath().toString());
        cmd.add(s.diskSize());
        ctx.ui().say("Resizing hard drive...");
        try {
            driver.qemuImg(cmd);
        } catch (QemuException e) {
            throw new QemuException("Error creating hard drive: " + e.getMessage(), e);
        }
    }
}
