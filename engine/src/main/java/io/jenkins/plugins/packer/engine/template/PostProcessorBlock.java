package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.List;

/**
 * A {@code post-processor "TYPE" {}} with its meta-arguments; {@code keepInputArtifact} is null when unset
 * (the post-processor's own default then applies).
 */
public record PostProcessorBlock(String type, String name, List<String> only, List<String> except,
        Boolean keepInputArtifact, Body config, Range defRange) {

    public PostProcessorBlock {
        only = List.copyOf(only);
        except = List.copyOf(except);
    }

    public boolean appliesTo(String sourceRef) {
        if (!only.isEmpty()) {
            return only.contains(sourceRef);
        }
        return !except.contains(sourceRef);
    }
}
