package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.util.Map;

/**
 * Pulls the base image when {@code pull} is on (logging in first with {@code login}), and records the base
 * image. Without a pull the image must already be on the Engine: a missing one is reported here, clearly,
 * rather than by the container creation.
 */
final class StepPull implements Step {

    private final DockerConfig config;

    StepPull(DockerConfig config) {
        this.config = config;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        DockerDriver driver = ctx.state().require(DockerState.DRIVER);
        Map<String, String> generated = ctx.state().require(DockerState.GENERATED);
        String image = config.image();
        if (config.pullEnabled()) {
            ctx.ui().say("Pulling Docker image: " + image);
            RegistryAuth auth = config.auth();
            if (auth != null) {
                ctx.ui().message("Logging in...");
                try {
                    driver.login(auth);
                } catch (DockerException e) {
                    throw fail(ctx, "Error logging in: " + e.getMessage(), e);
                }
            }
            try {
                driver.pull(image, config.platform(), auth, line -> ctx.ui().message(line));
            } catch (DockerException e) {
                throw fail(ctx, "Error pulling Docker image: " + e.getMessage(), e);
            }
        }
        ImageInfo info = driver.inspectImage(image).orElse(null);
        if (info == null) {
            throw fail(ctx, "Image " + image + " not found on the Docker Engine"
                    + (config.pullEnabled() ? "" : " (pull = false: it must be there already; build or import it "
                            + "first, or set pull = true)"), null);
        }
        ctx.state().put(DockerState.BASE_IMAGE, info);
        if (config.pullEnabled()) {
            generated.put("SourceImageSha256", info.id());
            if (!info.repoDigests().isEmpty()) {
                generated.put("SourceImageDigest", info.repoDigests().get(0));
            }
        }
    }

    static Exception fail(StepContext ctx, String message, Exception cause) {
        ctx.ui().error(message);
        return new DockerException(message, 0, cause);
    }
}
