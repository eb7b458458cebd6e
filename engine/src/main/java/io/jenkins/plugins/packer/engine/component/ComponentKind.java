package io.jenkins.plugins.packer.engine.component;

/** The kinds of components a template names by type. */
public enum ComponentKind {
    BUILDER("builder", "source"),
    PROVISIONER("provisioner", "provisioner"),
    POST_PROCESSOR("post-processor", "post-processor"),
    DATA_SOURCE("data source", "data");

    private final String label;
    private final String block;

    ComponentKind(String label, String block) {
        this.label = label;
        this.block = block;
    }

    /** How messages name the kind: {@code builder}, {@code post-processor}. */
    public String label() {
        return label;
    }

    /** The HCL2 block type that instantiates it. */
    public String block() {
        return block;
    }
}
