package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.ConversionException;
import io.jenkins.plugins.packer.engine.hcl.value.Convert;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraint;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The expectations of one spec-suite {@code .t} file (format of hashicorp/hcl {@code cmd/hclspecsuite}):
 * a {@code result} converted to {@code result_type}, or expected diagnostics with exact ranges, and
 * optionally the expected variable traversals.
 */
record SpecSuiteCase(Value result, Type resultType, List<ExpectedDiag> diagnostics, boolean checksTraversals,
        List<ExpectedTraversal> traversals) {

    /** An expected diagnostic; the range has no file name (it is the input file's). */
    record ExpectedDiag(Severity severity, Range range) {
    }

    /** An expected traversal, with its range when the test gives one. */
    record ExpectedTraversal(Traversal traversal, Range range) {
    }

    private static final BodySchema FILE_SCHEMA = new BodySchema(
            List.of(new AttributeSchema("result", false), new AttributeSchema("result_type", false)),
            List.of(new BlockHeaderSchema("traversals", List.of()), new BlockHeaderSchema("diagnostics", List.of())));
    private static final BodySchema POS_SCHEMA = new BodySchema(List.of(new AttributeSchema("line", true),
            new AttributeSchema("column", true), new AttributeSchema("byte", true)), List.of());
    private static final BodySchema RANGE_SCHEMA = new BodySchema(List.of(),
            List.of(new BlockHeaderSchema("from", List.of()), new BlockHeaderSchema("to", List.of())));

    static SpecSuiteCase read(Body body, Diagnostics diags) {
        BodyContent c = body.content(FILE_SCHEMA, diags);
        Type type = Type.DYNAMIC;
        if (c.attributes().containsKey("result_type")) {
            type = TypeConstraint.parse(c.attributes().get("result_type").expression(), diags);
        }
        Value result = null;
        Attribute r = c.attributes().get("result");
        if (r != null) {
            try {
                result = Convert.convert(r.expression().value(null, diags), type);
            } catch (ConversionException e) {
                diags.error("Invalid result value", "The result value does not conform to the given result type: "
                        + e.getMessage() + ".", r.expression().range());
            }
        }
        List<ExpectedDiag> expectedDiags = new ArrayList<>();
        List<ExpectedTraversal> traversals = new ArrayList<>();
        boolean checksTraversals = false;
        for (Block b : c.blocks()) {
            if (b.type().equals("diagnostics")) {
                BodySchema s = new BodySchema(List.of(), List.of(new BlockHeaderSchema("error", List.of()),
                        new BlockHeaderSchema("warning", List.of())));
                for (Block e : b.body().content(s, diags).blocks()) {
                    Severity sev = e.type().equals("error") ? Severity.ERROR : Severity.WARNING;
                    expectedDiags.add(new ExpectedDiag(sev, range(e.body().content(RANGE_SCHEMA, diags), diags)));
                }
            } else {
                checksTraversals = true;
                BodySchema s = new BodySchema(List.of(), List.of(new BlockHeaderSchema("expect", List.of())));
                for (Block e : b.body().content(s, diags).blocks()) {
                    BodySchema es = new BodySchema(List.of(new AttributeSchema("ref", true)),
                            List.of(new BlockHeaderSchema("range", List.of())));
                    BodyContent ec = e.body().content(es, diags);
                    Traversal t = ec.attributes().get("ref").expression().asTraversal().orElse(null);
                    Range rng = ec.blocks().isEmpty() ? null
                            : range(ec.blocks().get(0).body().content(RANGE_SCHEMA, diags), diags);
                    traversals.add(new ExpectedTraversal(t, rng));
                }
            }
        }
        return new SpecSuiteCase(result, type, expectedDiags, checksTraversals, traversals);
    }

    private static Range range(BodyContent c, Diagnostics diags) {
        Pos from = null;
        Pos to = null;
        for (Block b : c.blocks()) {
            BodyContent p = b.body().content(POS_SCHEMA, diags);
            Pos pos = new Pos(num(p, "line", diags), num(p, "column", diags), num(p, "byte", diags));
            if (b.type().equals("from")) {
                from = pos;
            } else {
                to = pos;
            }
        }
        return new Range("", from, to);
    }

    private static int num(BodyContent c, String name, Diagnostics diags) {
        Attribute a = c.attributes().get(name);
        return a == null ? 0 : a.expression().value(null, diags).asNumber().intValueExact();
    }
}
