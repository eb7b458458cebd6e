package io.jenkins.plugins.packer.engine.postprocessor.artifice;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.FilesArtifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessor;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Packer's {@code artifice} post-processor: the new artifact is the listed files (builder id
 * {@value #BUILDER_ID}); the input artifact is kept unless {@code keep_input_artifact = false}.
 */
public final class ArtificePostProcessor implements PostProcessor {

    public static final String BUILDER_ID = "packer.post-processor.artifice";

    private final ArtificeConfig config;

    public ArtificePostProcessor(ArtificeConfig config) {
        this.config = config;
    }

    @Override
    public PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception {
        if (!input.files().isEmpty()) {
            ctx.ui().say("Discarding files from artifact: " + String.join(", ", input.files()));
        }
        List<String> files = new ArrayList<>();
        for (String pattern : config.files()) {
            files.addAll(GoGlob.glob(pattern, ctx.workingDir()));
        }
        ctx.ui().say("Using these artifact files: " + String.join(", ", files));
        return new PostProcessorResult(new FilesArtifact(BUILDER_ID, files, ctx.workingDir()), true, false);
    }
}
