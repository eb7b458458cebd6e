package io.jenkins.plugins.packer.engine.builder.docker;

import io.jenkins.plugins.packer.engine.communicator.NoneCommunicator;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;

/**
 * Makes the build's communicator (Packer's StepConnectDocker): the {@link DockerCommunicator} for the running
 * container, given the container's user for {@code fix_upload_owner}; {@code communicator = "none"} gets none.
 */
final class StepConnectDocker implements Step {

    private final DockerConfig config;

    StepConnectDocker(DockerConfig config) {
        this.config = config;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        if ("none".equals(config.communicator())) {
            ctx.state().put(DockerState.COMMUNICATOR, new NoneCommunicator());
            return;
        }
        DockerDriver driver = ctx.state().require(DockerState.DRIVER);
        String id = ctx.state().require(DockerState.CONTAINER_ID);
        String user = driver.containerUser(id);
        ctx.state().put(DockerState.COMMUNICATOR,
                new DockerCommunicator(driver, id, config.execUser(), user, config.fixOwner()));
    }

    @Override
    public void cleanup(StepContext ctx) {
        ctx.state().remove(DockerState.COMMUNICATOR).ifPresent(c -> c.close());
    }
}
