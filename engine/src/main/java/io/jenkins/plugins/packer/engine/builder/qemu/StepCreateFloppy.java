package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.media.FloppyImageWriter;
import io.jenkins.plugins.packer.engine.media.MediaTree;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Packer's {@code StepCreateFloppy}: a 1.44 MB FAT12 floppy with {@code floppy_files} in its root (directories
 * are refused there, as in Packer), {@code floppy_dirs} copied recursively and {@code floppy_content}, labelled
 * {@code floppy_label}; attached with {@code -fda}.
 */
final class StepCreateFloppy implements Step {

    private final QemuSettings s;

    StepCreateFloppy(QemuSettings s) {
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        QemuConfig c = s.config();
        ctx.ui().say("Creating floppy disk...");
        Path runDir = ctx.state().require(QemuState.RUN_DIR);
        Path root = runDir.resolve("floppy-root");
        for (String f : c.floppyFiles()) {
            for (Path p : io.jenkins.plugins.packer.engine.media.FileGlobs.expand(s.workingDir(), f)) {
                if (Files.isDirectory(p)) {
                    throw new IOException("Error adding path to floppy: " + p + " is a directory (use floppy_dirs)");
                }
            }
        }
        List<String> all = new ArrayList<>(c.floppyFiles());
        all.addAll(c.floppyDirs());
        MediaTree.stage(root, s.workingDir(), all, c.floppyContent(), "floppy");
        Path image = runDir.resolve("packer-floppy.img");
        FloppyImageWriter.write(root, c.floppyLabel(), image);
        ctx.ui().message("Done copying files from floppy_files, floppy_dirs and floppy_content");
        ctx.state().put(QemuState.FLOPPY_PATH, image);
    }

    @Override
    public String name() {
        return "StepCreateFloppy";
    }
}
