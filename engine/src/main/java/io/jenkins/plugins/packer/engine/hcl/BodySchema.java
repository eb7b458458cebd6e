package io.jenkins.plugins.packer.engine.hcl;

import java.util.List;

/** What a body may contain: named attributes and block types with their label names. */
public record BodySchema(List<AttributeSchema> attributes, List<BlockHeaderSchema> blocks) {

    public BodySchema {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /** An attribute the body may or must set. */
    public record AttributeSchema(String name, boolean required) {
    }

    /** A block type the body may contain, with the names of its labels (their count is checked). */
    public record BlockHeaderSchema(String type, List<String> labelNames) {
        public BlockHeaderSchema {
            labelNames = List.copyOf(labelNames);
        }
    }
}
