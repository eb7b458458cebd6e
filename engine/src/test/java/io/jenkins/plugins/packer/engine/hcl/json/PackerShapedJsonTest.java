package io.jenkins.plugins.packer.engine.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraint;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@code .pkr.json} template read the way Packer's HCL2 loader reads one, and a {@code .pkrvars.json}. */
class PackerShapedJsonTest {

    private static final String TEMPLATE = """
            {
              "//": "A JSON Packer template",
              "variable": {
                "region": {"type": "string", "default": "eu-west-1"},
                "sizes": {"type": "map(number)", "default": {"small": 1}}
              },
              "source": {
                "null": {"first": {"communicator": "none"}, "second": {"communicator": "none"}}
              },
              "build": {
                "sources": ["source.null.first", "source.null.second"],
                "provisioner": [
                  {"shell-local": {"inline": ["echo ${var.region}"]}},
                  {"file": {"content": "x"}},
                  {"shell-local": {"inline": ["echo again"]}}
                ]
              }
            }
            """;

    private static final BodySchema ROOT = new BodySchema(List.of(), List.of(
            new BlockHeaderSchema("variable", List.of("name")), new BlockHeaderSchema("source", List.of("type", "name")),
            new BlockHeaderSchema("build", List.of())));

    private static Body parse(String src, String name) {
        HclJsonParser.ParseResult r = HclJsonParser.parseFile(src.getBytes(StandardCharsets.UTF_8), name);
        assertThat(r.diagnostics().asList()).isEmpty();
        return r.body();
    }

    @Test
    void templateStructure() {
        Diagnostics diags = new Diagnostics();
        BodyContent root = parse(TEMPLATE, "t.pkr.json").content(ROOT, diags);
        assertThat(root.blocksOfType("variable")).extracting(b -> b.labels().get(0)).containsExactly("region", "sizes");
        assertThat(root.blocksOfType("source")).extracting(Block::labels)
                .containsExactly(List.of("null", "first"), List.of("null", "second"));

        Block sizes = root.blocksOfType("variable").get(1);
        Map<String, Attribute> v = sizes.body().justAttributes(diags);
        assertThat(TypeConstraint.parse(v.get("type").expression(), diags)).isEqualTo(Type.map(Type.NUMBER));
        assertThat(v.get("default").expression().value(null, diags))
                .isEqualTo(Value.object(Map.of("small", Value.number(1))));

        Block build = root.blocksOfType("build").get(0);
        BodyContent b = build.body().content(new BodySchema(List.of(new AttributeSchema("sources", false)), List.of(
                new BlockHeaderSchema("provisioner", List.of("type")))), diags);
        List<Expression> sources = b.attributes().get("sources").expression().asList().orElseThrow();
        assertThat(sources).extracting(e -> e.asTraversal().map(Traversal::rootName).orElse("?"))
                .containsExactly("source", "source");
        assertThat(sources.get(1).asTraversal().orElseThrow().steps()).hasSize(3);
        // provisioners run in the order they are written, across the array
        assertThat(b.blocks()).extracting(p -> p.labels().get(0)).containsExactly("shell-local", "file", "shell-local");

        Map<String, Attribute> first = b.blocks().get(0).body().justAttributes(diags);
        EvalContext ctx = EvalContext.of(Map.of("var", Value.object(Map.of("region", Value.string("eu-west-1")))),
                Map.of());
        assertThat(first.get("inline").expression().value(ctx, diags))
                .isEqualTo(Value.tuple(List.of(Value.string("echo eu-west-1"))));
        assertThat(first.get("inline").expression().variables()).extracting(Traversal::rootName).containsExactly("var");
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void variablesFileIsReadLiterally() {
        Diagnostics diags = new Diagnostics();
        Map<String, Attribute> vars = parse("{\"region\": \"us-${east}-1\", \"sizes\": {\"big\": 3}}", "x.pkrvars.json")
                .justAttributes(diags);
        // Packer evaluates variable files without a context: no interpolation in them
        assertThat(vars.get("region").expression().value(null, diags)).isEqualTo(Value.string("us-${east}-1"));
        assertThat(vars.get("sizes").expression().value(null, diags))
                .isEqualTo(Value.object(Map.of("big", Value.number(3))));
        assertThat(diags.asList()).isEmpty();
    }
}
