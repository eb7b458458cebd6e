package io.jenkins.plugins.packer.engine.hcl;

import java.util.List;

/**
 * A block: type, labels and body. {@code defRange} covers the type and labels (what diagnostics point
 * at); {@code typeRange} and {@code labelRanges} locate each part.
 */
public record Block(String type, List<String> labels, Body body, Range defRange, Range typeRange,
        List<Range> labelRanges) {

    public Block {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }
}
