package io.jenkins.plugins.packer.engine.hcl.ext.dynblock;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of the one block generated from an unknown {@code for_each}: shaped like the content body (so schema
 * errors and source locations still show), but every attribute, nested ones included, is an unknown value.
 */
final class UnknownBody implements Body {

    private final Body template;
    private final Set<Mark> marks;

    UnknownBody(Body template, Set<Mark> marks) {
        this.template = template;
        this.marks = Set.copyOf(marks);
    }

    @Override
    public BodyContent content(BodySchema schema, Diagnostics diags) {
        return unknown(template.content(schema, diags));
    }

    @Override
    public PartialContent partialContent(BodySchema schema, Diagnostics diags) {
        PartialContent pc = template.partialContent(schema, diags);
        return new PartialContent(unknown(pc.content()), new UnknownBody(pc.remain(), marks));
    }

    @Override
    public Map<String, Attribute> justAttributes(Diagnostics diags) {
        return unknown(template.justAttributes(diags));
    }

    @Override
    public Range missingItemRange() {
        return template.missingItemRange();
    }

    private BodyContent unknown(BodyContent c) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : c.blocks()) {
            blocks.add(new Block(b.type(), b.labels(), new UnknownBody(b.body(), marks), b.defRange(), b.typeRange(),
                    b.labelRanges()));
        }
        return new BodyContent(unknown(c.attributes()), blocks, c.missingItemRange());
    }

    private Map<String, Attribute> unknown(Map<String, Attribute> attrs) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        for (Attribute a : attrs.values()) {
            Expression unknown = new UnknownExpression(Value.DYNAMIC.withMarks(marks), a.expression().range());
            out.put(a.name(), new Attribute(a.name(), unknown, a.range(), a.nameRange()));
        }
        return out;
    }

    /** An expression that is a fixed value, reads no variable ({@code hcl.StaticExpr}). */
    private record UnknownExpression(Value value, Range range) implements Expression {

        @Override
        public Value value(EvalContext ctx, Diagnostics diags) {
            return value;
        }

        @Override
        public List<Traversal> variables() {
            return List.of();
        }

        @Override
        public Range startRange() {
            return range;
        }
    }
}
