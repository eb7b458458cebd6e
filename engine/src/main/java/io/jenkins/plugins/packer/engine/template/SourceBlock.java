package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Range;

/** A top-level {@code source "TYPE" "NAME" {}} block: the builder configuration, not yet decoded. */
public record SourceBlock(String type, String name, Body body, Range defRange) {

    /** {@code TYPE.NAME}, the reference used in {@code sources = [...]}. */
    public String ref() {
        return type + "." + name;
    }
}
