package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;

/**
 * A configured post-processor (Packer's {@code PostProcessor.PostProcess}). The context's UI is targeted
 * {@code BUILD (TYPE)} as in Packer; {@code info} carries the builder's generated data.
 */
public interface PostProcessor {

    PostProcessorResult postProcess(BuildContext ctx, BuildInfo info, Artifact input) throws Exception;
}
