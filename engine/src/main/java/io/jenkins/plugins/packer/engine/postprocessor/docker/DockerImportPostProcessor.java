package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.builder.docker.DockerBuilder;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDriver;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDrivers;
import io.jenkins.plugins.packer.engine.builder.docker.DockerImageArtifact;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * Packer's {@code docker-import}: streams the exported tar file to the Engine as a new image named
 * {@code repository[:tag]} (the new artifact's id). The input must come from the docker builder's export or
 * from {@code artifice}.
 */
public final class DockerImportPostProcessor implements PostProcessor {

    static final String ARTIFICE_ID = "packer.post-processor.artifice";

    private final DockerImportConfig config;
    private final DockerDrivers drivers;

    public DockerImportPostProcessor(DockerImportConfig config) {
        this(config, DockerDrivers.ENVIRONMENT);
    }

    public DockerImportPostProcessor(DockerImportConfig config, DockerDrivers drivers) {
        this.config = config;
        this.drivers = drivers;
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        if (!input.builderId().equals(DockerBuilder.BUILDER_ID) && !input.builderId().equals(ARTIFICE_ID)) {
            throw new IllegalArgumentException("Unknown artifact type: " + input.builderId() + "\nCan only import "
                    + "from Docker builder and Artifice post-processor artifacts. If you are getting this error after "
                    + "having run the docker builder, it may be because you set commit: true in your Docker builder, "
                    + "so the image is already imported. ");
        }
        if (input.files().isEmpty()) {
            throw new IllegalArgumentException("The artifact has no file to import (a docker build with discard)");
        }
        String repo = config.repository() == null ? "" : config.repository();
        String importRepo = config.tag() == null || config.tag().isEmpty() ? repo : repo + ":" + config.tag();
        ctx.ui().message("Importing image: " + input.id());
        ctx.ui().message("Repository: " + importRepo);
        String id;
        try (DockerDriver driver = drivers.open();
             InputStream tar = Files.newInputStream(ctx.workingDir().resolve(input.files().get(0)))) {
            id = driver.importImage(tar, repo, config.tag(), config.changes() == null ? List.of() : config.changes(),
                    config.platform());
        }
        ctx.ui().message("Imported ID: " + id);
        return new PostProcessorResult(new DockerImageArtifact(DockerImageArtifact.IMPORT_ID, importRepo, List.of(),
                java.util.Map.of(), drivers), false, false);
    }
}
