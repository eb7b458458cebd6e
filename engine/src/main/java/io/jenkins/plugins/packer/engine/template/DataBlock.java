package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Range;

/** A {@code data "TYPE" "NAME" {}} block; its outputs are {@code data.TYPE.NAME.*}. */
public record DataBlock(String type, String name, Body body, Range defRange) {

    public String ref() {
        return type + "." + name;
    }
}
