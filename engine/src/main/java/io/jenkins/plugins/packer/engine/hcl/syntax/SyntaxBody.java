package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.NameSuggestion;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Body} of a native-syntax file or block: attributes (in source order) and blocks (in source
 * order). Decoding follows hashicorp/hcl's hclsyntax.Body: {@link #partialContent} hides what it decoded from
 * the remaining body, {@link #content} reports whatever the schema does not name, with "Did you mean"
 * suggestions.
 */
final class SyntaxBody implements Body {

    private final Map<String, SyntaxAttribute> attributes;
    private final List<SyntaxBlock> blocks;
    private final Set<String> hiddenAttrs;
    private final Set<String> hiddenBlocks;
    private final Range srcRange;
    private final Range endRange;

    SyntaxBody(Map<String, SyntaxAttribute> attributes, List<SyntaxBlock> blocks, Range srcRange, Range endRange) {
        this(attributes, blocks, Set.of(), Set.of(), srcRange, endRange);
    }

    private SyntaxBody(Map<String, SyntaxAttribute> attributes, List<SyntaxBlock> blocks, Set<String> hiddenAttrs,
            Set<String> hiddenBlocks, Range srcRange, Range endRange) {
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.blocks = List.copyOf(blocks);
        this.hiddenAttrs = Set.copyOf(hiddenAttrs);
        this.hiddenBlocks = Set.copyOf(hiddenBlocks);
        this.srcRange = srcRange;
        this.endRange = endRange;
    }

    Map<String, SyntaxAttribute> syntaxAttributes() {
        return attributes;
    }

    List<SyntaxBlock> syntaxBlocks() {
        return blocks;
    }

    Range srcRange() {
        return srcRange;
    }

    Range endRange() {
        return endRange;
    }

    @Override
    public Range missingItemRange() {
        return Range.at(srcRange.filename(), srcRange.start());
    }

    @Override
    public BodyContent content(BodySchema schema, Diagnostics diags) {
        PartialContent partial = partialContent(schema, diags);
        SyntaxBody remain = (SyntaxBody) partial.remain();
        Map<String, Attribute> found = partial.content().attributes();
        for (SyntaxAttribute attr : attributes.values()) {
            if (remain.hiddenAttrs.contains(attr.name())) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (BodySchema.AttributeSchema s : schema.attributes()) {
                if (!found.containsKey(s.name())) {
                    candidates.add(s.name());
                }
            }
            String suggestion = NameSuggestion.didYouMean(attr.name(), candidates);
            if (suggestion.isEmpty()) {
                for (BodySchema.BlockHeaderSchema b : schema.blocks()) {
                    if (b.type().equals(attr.name())) {
                        suggestion = " Did you mean to define a block of type " + Quote.go(attr.name()) + "?";
                        break;
                    }
                }
            }
            diags.error("Unsupported argument", "An argument named " + Quote.go(attr.name())
                    + " is not expected here." + suggestion, attr.nameRange());
        }
        for (SyntaxBlock block : blocks) {
            if (remain.hiddenBlocks.contains(block.type())) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (BodySchema.BlockHeaderSchema b : schema.blocks()) {
                candidates.add(b.type());
            }
            String suggestion = NameSuggestion.didYouMean(block.type(), candidates);
            if (suggestion.isEmpty()) {
                for (BodySchema.AttributeSchema s : schema.attributes()) {
                    if (s.name().equals(block.type())) {
                        suggestion = " Did you mean to define argument " + Quote.go(block.type())
                                + "? If so, use the equals sign to assign it a value.";
                        break;
                    }
                }
            }
            diags.error("Unsupported block type", "Blocks of type " + Quote.go(block.type())
                    + " are not expected here." + suggestion, block.typeRange());
        }
        return partial.content();
    }

    @Override
    public PartialContent partialContent(BodySchema schema, Diagnostics diags) {
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        List<Block> found = new ArrayList<>();
        Set<String> nowHiddenAttrs = new HashSet<>(hiddenAttrs);
        Set<String> nowHiddenBlocks = new HashSet<>(hiddenBlocks);
        for (BodySchema.AttributeSchema s : schema.attributes()) {
            SyntaxAttribute attr = attributes.get(s.name());
            if (attr == null || hiddenAttrs.contains(s.name())) {
                if (s.required()) {
                    diags.error("Missing required argument", "The argument " + Quote.go(s.name())
                            + " is required, but no definition was found.", missingItemRange());
                }
                continue;
            }
            nowHiddenAttrs.add(s.name());
        }
        for (SyntaxAttribute attr : attributes.values()) {
            if (nowHiddenAttrs.contains(attr.name()) && !hiddenAttrs.contains(attr.name())) {
                attrs.put(attr.name(), attr.toAttribute());
            }
        }
        Map<String, BodySchema.BlockHeaderSchema> wanted = new HashMap<>();
        for (BodySchema.BlockHeaderSchema b : schema.blocks()) {
            wanted.put(b.type(), b);
        }
        for (SyntaxBlock block : blocks) {
            BodySchema.BlockHeaderSchema bs = wanted.get(block.type());
            if (hiddenBlocks.contains(block.type()) || bs == null) {
                continue;
            }
            if (checkLabels(block, bs, diags)) {
                found.add(block.toBlock());
            }
        }
        for (BodySchema.BlockHeaderSchema b : schema.blocks()) {
            nowHiddenBlocks.add(b.type());
        }
        SyntaxBody remain = new SyntaxBody(attributes, blocks, nowHiddenAttrs, nowHiddenBlocks, srcRange, endRange);
        return new PartialContent(new BodyContent(attrs, found, missingItemRange()), remain);
    }

    private static boolean checkLabels(SyntaxBlock block, BodySchema.BlockHeaderSchema bs, Diagnostics diags) {
        List<String> names = bs.labelNames();
        int n = block.labels().size();
        Range context = Range.between(block.typeRange(), block.openBraceRange());
        String type = block.type();
        if (n > names.size()) {
            String detail = names.isEmpty() ? "No labels are expected for " + type + " blocks."
                    : "Only " + names.size() + " labels (" + String.join(", ", names) + ") are expected for " + type
                            + " blocks.";
            diags.add(new Diagnostic(Severity.ERROR, "Extraneous label for " + type, detail,
                    block.labelRanges().get(names.size()), context));
            return false;
        }
        if (n < names.size()) {
            diags.add(new Diagnostic(Severity.ERROR, "Missing " + names.get(n) + " for " + type, "All " + type
                    + " blocks must have " + names.size() + " labels (" + String.join(", ", names) + ").",
                    block.openBraceRange(), context));
            return false;
        }
        return true;
    }

    @Override
    public Map<String, Attribute> justAttributes(Diagnostics diags) {
        if (!blocks.isEmpty()) {
            SyntaxBlock example = blocks.get(0);
            diags.error("Unexpected " + Quote.go(example.type()) + " block", "Blocks are not allowed here.",
                    example.typeRange());
        }
        Map<String, Attribute> out = new LinkedHashMap<>();
        for (SyntaxAttribute attr : attributes.values()) {
            if (!hiddenAttrs.contains(attr.name())) {
                out.put(attr.name(), attr.toAttribute());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
