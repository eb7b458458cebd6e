package io.jenkins.plugins.packer.engine.postprocessor.docker;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDriver;
import io.jenkins.plugins.packer.engine.builder.docker.DockerDrivers;
import io.jenkins.plugins.packer.engine.builder.docker.DockerImageArtifact;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packer's {@code docker-tag}: names the input image {@code repository:tag} per tag. The new artifact's id is
 * the last name, its {@code docker_tags} all of them; the input is always kept (a tag of a deleted image would
 * be pointless), as in Packer.
 */
public final class DockerTagPostProcessor implements PostProcessor {

    private final DockerTagConfig config;
    private final DockerDrivers drivers;

    public DockerTagPostProcessor(DockerTagConfig config) {
        this(config, DockerDrivers.ENVIRONMENT);
    }

    public DockerTagPostProcessor(DockerTagConfig config, DockerDrivers drivers) {
        this.config = config;
        this.drivers = drivers;
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        if (config.tag() != null && !config.tag().isEmpty()) {
            ctx.ui().say("Deprecation warning: \"tag\" option has been replaced with \"tags\". In future versions of "
                    + "Packer, this configuration may not work. Please call `packer fix` on your template to update.");
        }
        if (!input.builderId().equals(DockerImageArtifact.TAG_ID)
                && !input.builderId().equals(DockerImageArtifact.IMPORT_ID)) {
            throw new IllegalArgumentException("Unknown artifact type: " + input.builderId()
                    + "\nCan only tag from Docker builder artifacts.");
        }
        String repo = config.repository();
        String last = repo;
        List<String> tagged = new ArrayList<>();
        try (DockerDriver driver = drivers.open()) {
            List<String> tags = config.allTags();
            for (String tag : tags.isEmpty() ? java.util.Collections.<String>singletonList(null) : tags) {
                String name = tag == null ? repo : repo + ":" + tag;
                ctx.ui().message("Tagging image: " + input.id());
                ctx.ui().message("Repository: " + name);
                driver.tagImage(input.id(), repo, tag);
                if (tag != null) {
                    tagged.add(name);
                    last = name;
                }
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        Map<String, String> generated = DockerImageArtifact.generatedData(input);
        if (!generated.isEmpty()) {
            state.put("generated_data", generated);
        }
        return new PostProcessorResult(new DockerImageArtifact(DockerImageArtifact.TAG_ID, last, tagged, state,
                drivers), true, true);
    }
}
