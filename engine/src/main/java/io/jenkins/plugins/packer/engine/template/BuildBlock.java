package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.List;

/**
 * A {@code build {}} block: its optional name, the sources it builds, provisioners in template order, the
 * optional error-cleanup provisioner, and post-processor chains (a standalone {@code post-processor} is a
 * chain of one; a {@code post-processors {}} block is one chain).
 */
public record BuildBlock(String name, String description, List<SourceUse> sources,
        List<ProvisionerBlock> provisioners, ProvisionerBlock errorCleanupProvisioner,
        List<List<PostProcessorBlock>> postProcessors, List<Range> hcpRegistries, Range range) {

    public BuildBlock {
        sources = List.copyOf(sources);
        provisioners = List.copyOf(provisioners);
        postProcessors = postProcessors.stream().map(List::copyOf).toList();
        hcpRegistries = List.copyOf(hcpRegistries);
    }

    /** The name builds of this block carry: {@code NAME.TYPE.SOURCE} when the block is named. */
    public String buildName(SourceUse use) {
        return (name == null || name.isEmpty() ? "" : name + ".") + use.localRef();
    }
}
