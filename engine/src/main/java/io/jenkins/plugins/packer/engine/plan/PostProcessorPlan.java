package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.template.PostProcessorBlock;

/** A post-processor of one build: its block (meta-arguments) and its configuration. */
record PostProcessorPlan(PostProcessorBlock block, ComponentConfig config) {

    /** Packer's display: "NAME (type TYPE)", or just the name when it is the type (legacy templates). */
    String title() {
        String name = block.name() == null ? "" : block.name();
        return name.equals(block.type()) ? name : name + " (type " + block.type() + ")";
    }
}
