package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.config.Doc;
import io.jenkins.plugins.packer.engine.config.Required;

/** Configuration of the {@code docker-save} post-processor. */
@Doc("Saves the image of a docker build, `docker-import` or `docker-tag` as a `docker save` tar file.")
public record DockerSaveConfig(
        @Doc("The tar file to write.") @Required String path) {
}
