package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.config.Doc;
import java.util.List;

/** Configuration of the {@code docker-import} post-processor. */
@Doc("Imports the tar file of a docker builder's `export_path` (or an `artifice` artifact) as an image.")
public record DockerImportConfig(
        @Doc("The repository of the new image, e.g. `registry.example.com/team/app`.") String repository,
        @Doc("The tag of the new image.") String tag,
        @Doc("Dockerfile instructions applied by the import (CMD, ENTRYPOINT, ENV, ...).") List<String> changes,
        @Doc("The platform of the imported image, e.g. `linux/amd64`.") String platform) {
}
