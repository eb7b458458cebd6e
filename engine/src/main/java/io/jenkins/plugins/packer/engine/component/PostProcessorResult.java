package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.artifact.Artifact;

/**
 * What a post-processor returns (Packer's {@code (artifact, keep, forceOverride, err)}).
 *
 * @param artifact the new artifact, or null to stop the chain
 * @param keep the post-processor's default for keeping its input artifact
 * @param forceOverride when true with {@code keep}, a template's {@code keep_input_artifact = false} is ignored
 *     (the input is part of the output, as for {@code manifest} and {@code checksum})
 */
public record PostProcessorResult(Artifact artifact, boolean keep, boolean forceOverride) {
}
