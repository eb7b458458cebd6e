package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDriver;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDrivers;
import io.jenkins.plugins.packer.engine.builder.docker.DockerImageArtifact;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Packer's {@code docker-save}: streams the image to a tar file; the artifact passes on unchanged. */
public final class DockerSavePostProcessor implements PostProcessor {

    private final DockerSaveConfig config;
    private final DockerDrivers drivers;

    public DockerSavePostProcessor(DockerSaveConfig config) {
        this(config, DockerDrivers.ENVIRONMENT);
    }

    public DockerSavePostProcessor(DockerSaveConfig config, DockerDrivers drivers) {
        this.config = config;
        this.drivers = drivers;
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        if (!input.builderId().equals(DockerImageArtifact.TAG_ID)
                && !input.builderId().equals(DockerImageArtifact.IMPORT_ID)) {
            throw new IllegalArgumentException("Unknown artifact type: " + input.builderId()
                    + "\nCan only save Docker builder artifacts.");
        }
        Path path = ctx.workingDir().resolve(config.path());
        ctx.ui().message("Saving image: " + input.id());
        try (DockerDriver driver = drivers.open(); OutputStream out = Files.newOutputStream(path)) {
            driver.saveImage(input.id(), out);
        } catch (IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        ctx.ui().message("Saved to: " + config.path());
        return new PostProcessorResult(input, true, false);
    }
}
