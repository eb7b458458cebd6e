package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exports the container's file system to {@code export_path} (Packer's StepExport); a failed export is deleted. */
final class StepExport implements Step {

    private final Path target;

    StepExport(Path target) {
        this.target = target;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        DockerDriver driver = ctx.state().require(DockerState.DRIVER);
        String id = ctx.state().require(DockerState.CONTAINER_ID);
        if (Files.isDirectory(target)) {
            throw StepPull.fail(ctx, "export_path must be a file, not a directory", null);
        }
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        ctx.ui().say("Exporting the container");
        try (OutputStream out = Files.newOutputStream(target)) {
            driver.exportContainer(id, out);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw StepPull.fail(ctx, "Error exporting: " + e.getMessage(), e);
        }
    }
}
