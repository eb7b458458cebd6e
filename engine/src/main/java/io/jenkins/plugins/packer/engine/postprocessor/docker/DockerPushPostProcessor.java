package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDriver;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDrivers;
import io.jenkins.plugins.packer.engine.builder.docker.DockerImageArtifact;
import io.jenkins.plugins.packer.engine.builder.docker.ImageInfo;
import io.jenkins.plugins.packer.engine.builder.docker.RegistryAuth;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packer's {@code docker-push}: pushes the artifact's name and each of its {@code docker_tags}, with the login
 * when {@code login} is set (sent with each push, never stored), and records the pushed digest as
 * {@code generated_data.Digest}.
 */
public final class DockerPushPostProcessor implements PostProcessor {

    private final DockerPushConfig config;
    private final DockerDrivers drivers;

    public DockerPushPostProcessor(DockerPushConfig config) {
        this(config, DockerDrivers.ENVIRONMENT);
    }

    public DockerPushPostProcessor(DockerPushConfig config, DockerDrivers drivers) {
        this.config = config;
        this.drivers = drivers;
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        if (!input.builderId().equals(DockerImageArtifact.IMPORT_ID)
                && !input.builderId().equals(DockerImageArtifact.TAG_ID)) {
            throw new IllegalArgumentException("Unknown artifact type: " + input.builderId()
                    + "\nCan only import from docker-import and docker-tag artifacts.");
        }
        RegistryAuth auth = Boolean.TRUE.equals(config.login())
                ? new RegistryAuth(config.loginServer(), config.loginUsername(), config.loginPassword()) : null;
        List<String> tags = DockerImageArtifact.tags(input);
        List<String> names = new ArrayList<>();
        names.add(input.id());
        names.addAll(tags);
        String digest = "";
        try (DockerDriver driver = drivers.open()) {
            if (auth != null) {
                ctx.ui().message("Logging in...");
                try {
                    driver.login(auth);
                } catch (java.io.IOException e) {
                    throw new java.io.IOException("Error logging in to Docker: " + e.getMessage(), e);
                }
            }
            for (String name : names) {
                ctx.ui().message("Pushing: " + name);
                driver.push(name, auth, line -> ctx.ui().message(line));
            }
            ImageInfo pushed = driver.inspectImage(input.id()).orElse(null);
            if (pushed != null && !pushed.repoDigests().isEmpty()) {
                digest = pushed.repoDigests().get(0);
            } else {
                ctx.ui().message("Unable to determine pushed Docker image digest");
            }
        }
        Map<String, String> generated = new LinkedHashMap<>(DockerImageArtifact.generatedData(input));
        generated.put("Digest", digest);
        return new PostProcessorResult(new DockerImageArtifact(DockerImageArtifact.IMPORT_ID, names.get(0), tags,
                Map.of("generated_data", generated), drivers), true, false);
    }
}
