package io.jenkins.plugins.packer.engine.plan;

/**
 * A post-processor of one build: its name (empty when unnamed), {@code keep_input_artifact} (null when unset)
 * and its configuration.
 */
record PostProcessorPlan(String name, Boolean keepInputArtifact, ComponentConfig config) {

    String type() {
        return config.type().name();
    }

    /** Packer's display: "NAME (type TYPE)", or just the name when it is the type (legacy templates). */
    String title() {
        String n = name == null ? "" : name;
        return n.equals(type()) ? n : n + " (type " + type() + ")";
    }
}
