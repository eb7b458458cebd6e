package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.media.CdImageWriter;
import io.jenkins.plugins.packer.engine.media.MediaTree;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.nio.file.Path;

/**
 * Packer's {@code StepCreateCD}: puts {@code cd_files} and {@code cd_content} on an ISO 9660 image (Rock Ridge
 * and Joliet, volume label {@code cd_label}, default {@code packer}) that is attached as an extra CD-ROM; the
 * image lives in the build's private directory and goes away with it. No external tool is needed.
 */
final class StepCreateCd implements Step {

    private final QemuSettings s;

    StepCreateCd(QemuSettings s) {
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        ctx.ui().say("Creating CD disk...");
        String label = QemuSettings.empty(c.cdLabel()) ? "packer" : c.cdLabel();
        Path runDir = ctx.state().require(QemuState.RUN_DIR);
        Path root = runDir.resolve("cd-root");
        MediaTree.stage(root, s.workingDir(), c.cdFiles(), c.cdContent(), "CD");
        Path iso = runDir.resolve("packer-cd.iso");
        CdImageWriter.write(root, label, iso);
        ctx.ui().message("Done copying paths from CD_dirs");
        ctx.state().put(QemuState.CD_PATH, iso);
    }

    @Override
    public String name() {
        return "StepCreateCD";
    }
}
