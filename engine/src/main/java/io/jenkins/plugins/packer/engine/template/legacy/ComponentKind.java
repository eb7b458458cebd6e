package io.jenkins.plugins.packer.engine.template.legacy;

/** The kinds of components a legacy template configures. */
public enum ComponentKind {
    BUILDER, PROVISIONER, POST_PROCESSOR
}
