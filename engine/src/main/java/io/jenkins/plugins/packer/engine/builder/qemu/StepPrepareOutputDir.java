package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Packer's {@code StepOutputDir}: the output directory must not exist (with {@code -force} it is deleted
 * first); it is created, and removed again when the build fails or is cancelled, so a failed build leaves
 * nothing behind.
 */
final class StepPrepareOutputDir implements Step {

    private final Path dir;
    private final boolean force;
    private boolean created;

    StepPrepareOutputDir(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        if (Files.exists(dir)) {
            if (!force) {
                throw new IOException("Output directory '" + dir + "' already exists. It must not exist. "
                        + "Use -force to delete it before the build.");
            }
            ctx.ui().say("Deleting previous output directory...");
            Directories.deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        created = true;
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (!created || !(ctx.cancelled() || ctx.halted())) {
            return;
        }
        ctx.ui().say("Deleting output directory...");
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Directories.deleteRecursively(dir);
                return;
            } catch (IOException e) {
                if (attempt == 4) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    @Override
    public String name() {
        return "StepOutputDir";
    }
}
