package io.jenkins.plugins.packer.engine.builder.docker;

import java.io.IOException;

/** Opens a {@link DockerDriver}; each component opens its own and closes it when done. */
@FunctionalInterface
public interface DockerDrivers {

    /** The Engine at {@code DOCKER_HOST} of this process's environment. */
    DockerDrivers ENVIRONMENT = EngineApiDriver::fromEnvironment;

    DockerDriver open() throws IOException;
}
