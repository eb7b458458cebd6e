package io.jenkins.plugins.packer.engine.hcl.ext.dynblock;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.json.HclJsonParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dynamic block expansion with hashicorp/hcl's ext/dynblock semantics, in both syntaxes. */
class DynamicBlocksTest {

    static final BodySchema NESTED = schema(List.of("foo"), new BlockHeaderSchema("nested", List.of()));
    static final BodySchema TOP = schema(List.of(), new BlockHeaderSchema("toplevel", List.of()));
    static final BodySchema LABELLED = schema(List.of("v"), new BlockHeaderSchema("b", List.of("name")));

    static BodySchema schema(List<String> attrs, BlockHeaderSchema... blocks) {
        return new BodySchema(attrs.stream().map(a -> new AttributeSchema(a, false)).toList(), List.of(blocks));
    }

    static Body hcl(String src) {
        ParseResult r = HclParser.parseFile(src.getBytes(StandardCharsets.UTF_8), "t.hcl");
        assertThat(r.diags().asList()).isEmpty();
        return r.body();
    }

    static Body json(String src) {
        HclJsonParser.ParseResult r = HclJsonParser.parseFile(src.getBytes(StandardCharsets.UTF_8), "t.json");
        assertThat(r.diagnostics().asList()).isEmpty();
        return r.body();
    }

    static EvalContext ctx(Map<String, Value> vars) {
        return EvalContext.of(vars, Map.of());
    }

    /** The value of {@code attr} in each block, evaluated in {@code ctx}. */
    static List<Value> values(List<Block> blocks, BodySchema schema, String attr, EvalContext ctx) {
        return blocks.stream().map(b -> {
            Diagnostics d = new Diagnostics();
            Value v = b.body().content(schema, d).attributes().get(attr).expression().value(ctx, d);
            assertThat(d.asList()).isEmpty();
            return v;
        }).toList();
    }

    static List<String> summaries(Diagnostics d) {
        return d.asList().stream().map(x -> x.summary() + ": " + x.detail()).toList();
    }

    static final String README = """
            toplevel {
              nested {
                foo = "static block 1"
              }

              dynamic "nested" {
                for_each = ["a", "b", "c"]
                iterator = nested
                content {
                  foo = "dynamic block ${nested.value}"
                }
              }

              nested {
                foo = "static block 2"
              }
            }
            """;

    @Test
    void readmeExampleExpandsInPlace() {
        Diagnostics d = new Diagnostics();
        Body body = DynamicBlocks.expand(hcl(README), EvalContext.empty());
        Block top = body.content(TOP, d).blocks().get(0);
        List<Block> nested = top.body().content(schema(List.of(), new BlockHeaderSchema("nested", List.of())), d)
                .blocks();
        assertThat(d.asList()).isEmpty();
        assertThat(nested).extracting(Block::type).containsOnly("nested");
        assertThat(values(nested, NESTED, "foo", EvalContext.empty())).containsExactly(
                Value.string("static block 1"), Value.string("dynamic block a"), Value.string("dynamic block b"),
                Value.string("dynamic block c"), Value.string("static block 2"));
    }

    @Test
    void sameExpansionFromJson() {
        String src = """
                {"toplevel": {
                  "nested": {"foo": "static block 1"},
                  "dynamic": {"nested": {
                    "for_each": "${[\\"a\\", \\"b\\"]}",
                    "iterator": "it",
                    "content": {"foo": "dynamic block ${it.value} at ${it.key}"}
                  }}
                }}""";
        Diagnostics d = new Diagnostics();
        Block top = DynamicBlocks.expand(json(src), EvalContext.empty()).content(TOP, d).blocks().get(0);
        List<Block> nested = top.body().content(NESTED, d).blocks();
        assertThat(d.asList()).isEmpty();
        assertThat(values(nested, NESTED, "foo", EvalContext.empty())).containsExactly(
                Value.string("static block 1"), Value.string("dynamic block a at 0"),
                Value.string("dynamic block b at 1"));
    }

    @Test
    void labelsComeFromTheIteratorAndMapsIterateInKeyOrder() {
        Body body = DynamicBlocks.expand(hcl("""
                dynamic "b" {
                  for_each = var.m
                  labels   = [b.key]
                  content {
                    v = b.value * 10
                  }
                }
                """), ctx(Map.of("var", Value.object(Map.of("m", Value.map(Type.NUMBER,
                Map.of("y", Value.number(2), "x", Value.number(1))))))));
        Diagnostics d = new Diagnostics();
        List<Block> blocks = body.content(LABELLED, d).blocks();
        assertThat(d.asList()).isEmpty();
        assertThat(blocks).extracting(Block::labels).containsExactly(List.of("x"), List.of("y"));
        assertThat(blocks.get(0).typeRange().start().line()).isEqualTo(1);
        assertThat(values(blocks, LABELLED, "v", EvalContext.empty()))
                .containsExactly(Value.number(10), Value.number(20));
    }

    @Test
    void setsGiveTheElementAsKeyAndListsTheIndex() {
        Body body = DynamicBlocks.expand(hcl("""
                dynamic "nested" {
                  for_each = s
                  content {
                    foo = "${nested.key}=${nested.value}"
                  }
                }
                """), ctx(Map.of("s", Value.set(Type.STRING, List.of(Value.string("p"), Value.string("q"))))));
        Diagnostics d = new Diagnostics();
        assertThat(values(body.content(NESTED, d).blocks(), NESTED, "foo", EvalContext.empty()))
                .containsExactly(Value.string("p=p"), Value.string("q=q"));
    }

    @Test
    void nestedDynamicBlocksSeeTheOuterIterator() {
        Body body = DynamicBlocks.expand(hcl("""
                dynamic "child" {
                  for_each = {a = ["1", "2"], b = ["3"]}
                  content {
                    dynamic "grandchild" {
                      for_each = child.value
                      labels   = ["${child.key}-${grandchild.key}"]
                      content {
                        parent_key = child.key
                        value      = grandchild.value
                      }
                    }
                  }
                }
                """), EvalContext.empty());
        Diagnostics d = new Diagnostics();
        BodySchema grand = schema(List.of("parent_key", "value"), new BlockHeaderSchema("grandchild",
                List.of("name")));
        List<Block> children = body.content(schema(List.of(), new BlockHeaderSchema("child", List.of())), d).blocks();
        assertThat(children).hasSize(2);
        List<Block> grandchildren = children.stream().flatMap(c -> c.body().content(grand, d).blocks().stream())
                .toList();
        assertThat(d.asList()).isEmpty();
        assertThat(grandchildren).extracting(Block::labels)
                .containsExactly(List.of("a-0"), List.of("a-1"), List.of("b-0"));
        assertThat(values(grandchildren, grand, "parent_key", EvalContext.empty()))
                .containsExactly(Value.string("a"), Value.string("a"), Value.string("b"));
        assertThat(values(grandchildren, grand, "value", EvalContext.empty()))
                .containsExactly(Value.string("1"), Value.string("2"), Value.string("3"));
    }

    @Test
    void staticBlocksInsideDynamicContentKeepTheIterator() {
        Body body = DynamicBlocks.expand(hcl("""
                dynamic "outer" {
                  for_each = ["x"]
                  content {
                    inner {
                      foo = outer.value
                    }
                  }
                }
                """), EvalContext.empty());
        Diagnostics d = new Diagnostics();
        Block outer = body.content(schema(List.of(), new BlockHeaderSchema("outer", List.of())), d).blocks().get(0);
        List<Block> inner = outer.body().content(schema(List.of(), new BlockHeaderSchema("inner", List.of())), d)
                .blocks();
        assertThat(values(inner, NESTED, "foo", EvalContext.empty())).containsExactly(Value.string("x"));
    }

    @Test
    void generatedAttributesSeeTheDecodersContextAndReportOnlyOtherVariables() {
        Body body = DynamicBlocks.expand(hcl("""
                dynamic "nested" {
                  for_each = [1]
                  content {
                    foo = "${source.name}-${nested.value}"
                  }
                }
                """), EvalContext.empty());
        Diagnostics d = new Diagnostics();
        Block b = body.content(NESTED, d).blocks().get(0);
        var expr = b.body().content(NESTED, d).attributes().get("foo").expression();
        assertThat(expr.variables()).extracting(Traversal::rootName).containsExactly("source");
        Value v = expr.value(ctx(Map.of("source", Value.object(Map.of("name", Value.string("s"))))), d);
        assertThat(v).isEqualTo(Value.string("s-1"));
        assertThat(d.asList()).isEmpty();
    }

    @Test
    void unknownForEachGivesOneBlockOfUnknowns() {
        Body body = DynamicBlocks.expand(hcl("""
                dynamic "b" {
                  for_each = var.unknown
                  labels   = ["fixed"]
                  content {
                    v = 1
                    nested {
                      foo = "x"
                    }
                  }
                }
                """), ctx(Map.of("var", Value.object(Map.of("unknown", Value.unknown(Type.list(Type.STRING)))))));
        Diagnostics d = new Diagnostics();
        List<Block> blocks = body.content(LABELLED, d).blocks();
        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.labels()).containsExactly("fixed");
            assertThat(DynamicBlocks.isUnknown(b.body())).isTrue();
        });
        BodySchema withNested = schema(List.of("v"), new BlockHeaderSchema("nested", List.of()));
        BodyContent c = blocks.get(0).body().content(withNested, d);
        assertThat(c.attributes().get("v").expression().value(EvalContext.empty(), d).isKnown()).isFalse();
        Block nested = c.blocks().get(0);
        assertThat(values(List.of(nested), NESTED, "foo", EvalContext.empty())).containsExactly(Value.DYNAMIC);
        assertThat(d.asList()).isEmpty();
    }

    @Test
    void sensitiveForEachMarksEveryGeneratedValue() {
        Value secret = Value.list(Type.STRING, List.of(Value.string("pw"))).mark(Mark.SENSITIVE);
        Body body = DynamicBlocks.expand(hcl("""
                dynamic "nested" {
                  for_each = secret
                  content {
                    foo = "literal"
                  }
                }
                """), ctx(Map.of("secret", secret)));
        Diagnostics d = new Diagnostics();
        List<Value> vs = values(body.content(NESTED, d).blocks(), NESTED, "foo", EvalContext.empty());
        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.isSensitive()).isTrue();
            assertThat(v.unmark()).isEqualTo(Value.string("literal"));
        });
    }

    @Test
    void forEachMustBeAnIterableNonNullCollection() {
        assertThat(errors("dynamic \"nested\" {\n  for_each = \"abc\"\n  content {}\n}\n", NESTED)).containsExactly(
                "Invalid dynamic for_each value: Cannot use a string value in for_each. An iterable collection is "
                        + "required.");
        assertThat(errors("dynamic \"nested\" {\n  for_each = null\n  content {}\n}\n", NESTED)).containsExactly(
                "Invalid dynamic for_each value: Cannot use a null value in for_each.");
        assertThat(errors("dynamic \"nested\" {\n  content {}\n}\n", NESTED)).containsExactly(
                "Missing required argument: The argument \"for_each\" is required, but no definition was found.");
    }

    @Test
    void forEachErrorPointsAtTheExpression() {
        Diagnostics d = new Diagnostics();
        DynamicBlocks.expand(hcl("dynamic \"nested\" {\n  for_each = 42\n  content {}\n}\n"), EvalContext.empty())
                .content(NESTED, d);
        Diagnostic diag = d.asList().get(0);
        assertThat(diag.subject().toString()).isEqualTo("t.hcl:2,14-16");
    }

    @Test
    void iteratorMustBeOneName() {
        assertThat(errors("dynamic \"nested\" {\n  for_each = []\n  iterator = a.b\n  content {}\n}\n", NESTED))
                .containsExactly("Invalid dynamic iterator name: Dynamic iterator must be a single variable name.");
        assertThat(errors("dynamic \"nested\" {\n  for_each = []\n  iterator = \"x\"\n  content {}\n}\n", NESTED))
                .containsExactly("Invalid expression: A single static variable reference is required: only "
                        + "attribute access and indexing with constant keys. No calculations, function calls, "
                        + "template expressions, etc are allowed here.");
    }

    @Test
    void contentBlockMustBeThereOnce() {
        assertThat(errors("dynamic \"nested\" {\n  for_each = []\n}\n", NESTED)).containsExactly(
                "Missing dynamic content block: A dynamic block must have a nested block of type \"content\" to "
                        + "describe the body of each generated block.");
        assertThat(errors("dynamic \"nested\" {\n  for_each = []\n  content {}\n  content {}\n}\n", NESTED))
                .containsExactly("Extraneous dynamic content block: Only one nested content block is allowed for "
                        + "each dynamic block.");
    }

    @Test
    void labelsMustMatchTheBlockType() {
        assertThat(errors("dynamic \"b\" {\n  for_each = [1]\n  content {}\n}\n", LABELLED)).containsExactly(
                "Missing required argument: The argument \"labels\" is required, but no definition was found.");
        assertThat(errors("dynamic \"b\" {\n  for_each = [1]\n  labels = [\"a\", \"b\"]\n  content {}\n}\n",
                LABELLED)).containsExactly("Extraneous dynamic block label: Blocks of type \"b\" require 1 label(s).");
        assertThat(errors("dynamic \"b\" {\n  for_each = [1]\n  labels = []\n  content {}\n}\n", LABELLED))
                .containsExactly("Insufficient dynamic block labels: Blocks of type \"b\" require 1 label(s).");
        assertThat(errors("dynamic \"b\" {\n  for_each = [1]\n  labels = concat([])\n  content {}\n}\n", LABELLED))
                .containsExactly("Invalid expression: A static list expression is required.");
        assertThat(errors("dynamic \"nested\" {\n  for_each = [1]\n  labels = [\"x\"]\n  content {}\n}\n", NESTED))
                .containsExactly("Unsupported argument: An argument named \"labels\" is not expected here.");
    }

    @Test
    void labelValuesMustBeKnownStrings() {
        assertThat(errors("dynamic \"b\" {\n  for_each = [[1]]\n  labels = [b.value]\n  content {}\n}\n", LABELLED))
                .containsExactly("Invalid dynamic block label: Cannot use this value as a dynamic block label: "
                        + "string required.");
        assertThat(errors("dynamic \"b\" {\n  for_each = [null]\n  labels = [b.value]\n  content {}\n}\n", LABELLED))
                .containsExactly("Invalid dynamic block label: Cannot use a null value as a dynamic block label.");
        assertThat(errors("dynamic \"b\" {\n  for_each = [1]\n  labels = [b.value]\n  content {}\n}\n", LABELLED))
                .isEmpty();
    }

    @Test
    void unknownLabelAndMarkedLabelAreRefused() {
        Map<String, Value> vars = Map.of("u", Value.list(Type.STRING, List.of(Value.unknown(Type.STRING))),
                "s", Value.list(Type.STRING, List.of(Value.string("x").mark(Mark.SENSITIVE))));
        assertThat(errors("dynamic \"b\" {\n  for_each = u\n  labels = [b.value]\n  content {}\n}\n", LABELLED, vars))
                .containsExactly("Invalid dynamic block label: This value is not yet known. Dynamic block labels "
                        + "must be immediately-known values.");
        assertThat(errors("dynamic \"b\" {\n  for_each = s\n  labels = [b.value]\n  content {}\n}\n", LABELLED, vars))
                .containsExactly("Invalid dynamic block label: This value has dynamic marks that make it "
                        + "unsuitable for use as a block label.");
    }

    @Test
    void dynamicBlockOfAnUnexpectedTypeIsAnErrorOnlyForFullContent() {
        String src = "dynamic \"other\" {\n  for_each = [1]\n  content {}\n}\n";
        assertThat(errors(src, NESTED)).containsExactly(
                "Unsupported block type: Blocks of type \"other\" are not expected here.");
        Diagnostics d = new Diagnostics();
        Body.PartialContent pc = DynamicBlocks.expand(hcl(src), EvalContext.empty()).partialContent(NESTED, d);
        assertThat(d.asList()).isEmpty();
        assertThat(pc.content().blocks()).isEmpty();
        List<Block> later = pc.remain().content(schema(List.of(), new BlockHeaderSchema("other", List.of())), d)
                .blocks();
        assertThat(later).hasSize(1);
        assertThat(d.asList()).isEmpty();
    }

    @Test
    void partialContentHidesWhatItTook() {
        Body body = DynamicBlocks.expand(hcl("""
                name = "a"
                dynamic "nested" {
                  for_each = [1, 2]
                  content {
                    foo = nested.value
                  }
                }
                other = 3
                """), EvalContext.empty());
        Diagnostics d = new Diagnostics();
        Body.PartialContent first = body.partialContent(schema(List.of("name"),
                new BlockHeaderSchema("nested", List.of())), d);
        assertThat(first.content().attributes()).containsOnlyKeys("name");
        assertThat(first.content().blocks()).hasSize(2);
        BodyContent rest = first.remain().content(schema(List.of("other")), d);
        assertThat(d.asList()).isEmpty();
        assertThat(rest.attributes()).containsOnlyKeys("other");
        assertThat(rest.blocks()).isEmpty();
    }

    @Test
    void nestedForEachErrorsAppearWhenTheInnerBodyIsDecoded() {
        Body body = DynamicBlocks.expand(hcl("""
                outer {
                  dynamic "nested" {
                    for_each = 1
                    content {}
                  }
                }
                """), EvalContext.empty());
        Diagnostics d = new Diagnostics();
        Block outer = body.content(schema(List.of(), new BlockHeaderSchema("outer", List.of())), d).blocks().get(0);
        assertThat(d.asList()).isEmpty();
        outer.body().content(NESTED, d);
        assertThat(summaries(d)).containsExactly("Invalid dynamic for_each value: Cannot use a number value in "
                + "for_each. An iterable collection is required.");
    }

    @Test
    void jsonDynamicBlockWithLabels() {
        String src = """
                {"dynamic": {"b": {
                  "for_each": "${{x = 1, y = 2}}",
                  "labels": ["${b.key}"],
                  "content": {"v": "${b.value + 1}"}
                }}}""";
        Diagnostics d = new Diagnostics();
        List<Block> blocks = DynamicBlocks.expand(json(src), EvalContext.empty()).content(LABELLED, d).blocks();
        assertThat(d.asList()).isEmpty();
        assertThat(blocks).extracting(Block::labels).containsExactly(List.of("x"), List.of("y"));
        assertThat(values(blocks, LABELLED, "v", EvalContext.empty())).containsExactly(Value.number(2),
                Value.number(3));
    }

    @Test
    void jsonForEachErrors() {
        Diagnostics d = new Diagnostics();
        DynamicBlocks.expand(json("{\"dynamic\": {\"nested\": {\"for_each\": true, \"content\": {}}}}"),
                EvalContext.empty()).content(NESTED, d);
        assertThat(summaries(d)).containsExactly("Invalid dynamic for_each value: Cannot use a bool value in "
                + "for_each. An iterable collection is required.");
    }

    private static List<String> errors(String src, BodySchema schema) {
        return errors(src, schema, Map.of());
    }

    private static List<String> errors(String src, BodySchema schema, Map<String, Value> vars) {
        Diagnostics d = new Diagnostics();
        BodyContent c = DynamicBlocks.expand(hcl(src), ctx(vars)).content(schema, d);
        if (!d.hasErrors()) {
            assertThat(c.blocks()).isNotEmpty();
        }
        return summaries(d);
    }
}
