package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.util.List;

/** Commits the container to an image (Packer's StepSetDefaults + StepCommit): see {@link CommitChanges}. */
final class StepCommit implements Step {

    private final DockerConfig config;

    StepCommit(DockerConfig config) {
        this.config = config;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        DockerDriver driver = ctx.state().require(DockerState.DRIVER);
        String id = ctx.state().require(DockerState.CONTAINER_ID);
        List<String> changes = CommitChanges.of(config.changesOrEmpty(),
                ctx.state().get(DockerState.BASE_IMAGE).orElse(null));
        ctx.ui().say("Committing the container");
        String imageId;
        try {
            imageId = driver.commit(id, config.author(), config.message(), changes);
        } catch (DockerException e) {
            throw StepPull.fail(ctx, "Error committing container: " + e.getMessage(), e);
        }
        ctx.state().put(DockerState.IMAGE_ID, imageId);
        ctx.state().require(DockerState.GENERATED).put("ImageSha256", imageId);
        ctx.ui().message("Image ID: " + imageId);
    }
}
