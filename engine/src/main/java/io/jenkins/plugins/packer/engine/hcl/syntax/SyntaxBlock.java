package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Range;
import java.util.List;

/** A parsed block with the ranges the native syntax knows (braces included). */
record SyntaxBlock(String type, List<String> labels, SyntaxBody body, Range typeRange, List<Range> labelRanges,
        Range openBraceRange, Range closeBraceRange) {

    SyntaxBlock {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }

    /** Type and labels: where diagnostics about the block point. */
    Range defRange() {
        Range last = labelRanges.isEmpty() ? typeRange : labelRanges.get(labelRanges.size() - 1);
        return Range.between(typeRange, last);
    }

    Range range() {
        return Range.between(typeRange, closeBraceRange);
    }

    Block toBlock() {
        return new Block(type, labels, body, defRange(), typeRange, labelRanges);
    }
}
