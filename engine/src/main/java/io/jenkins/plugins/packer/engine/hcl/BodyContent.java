package io.jenkins.plugins.packer.engine.hcl;

import java.util.List;
import java.util.Map;

/**
 * A body decoded against a schema: its attributes by name (in source order) and its blocks in source
 * order (block order matters: Packer runs provisioners in the order they are written).
 */
public record BodyContent(Map<String, Attribute> attributes, List<Block> blocks, Range missingItemRange) {

    public BodyContent {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        blocks = List.copyOf(blocks);
    }

    public List<Block> blocksOfType(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
