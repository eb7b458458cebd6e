package io.jenkins.plugins.packer.engine.hcl.json;

import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.FILE;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.line1;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Attribute;
import io.jenkins.plugins.packer.engine.hcl.Block;
import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodyContent;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.BlockHeaderSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schema-driven decoding of JSON bodies: attributes, blocks, labels, comments and their diagnostics. */
class JsonBodyTest {

    static Body body(String src) {
        HclJsonParser.ParseResult r = HclJsonParser.parseFile(src.getBytes(StandardCharsets.UTF_8), FILE);
        assertThat(r.diagnostics().asList()).as("parse diagnostics").isEmpty();
        return r.body();
    }

    static BodySchema attrs(String... names) {
        return new BodySchema(java.util.Arrays.stream(names).map(n -> new AttributeSchema(n, false)).toList(),
                List.of());
    }

    static BodySchema blocks(BlockHeaderSchema... blocks) {
        return new BodySchema(List.of(), List.of(blocks));
    }

    static BlockHeaderSchema block(String type, String... labels) {
        return new BlockHeaderSchema(type, List.of(labels));
    }

    @Test
    void emptyBodiesAndMissingItemRange() {
        Diagnostics diags = new Diagnostics();
        assertThat(body("{}").content(attrs(), diags).missingItemRange()).isEqualTo(line1(2, 3));
        assertThat(body("[]").content(attrs(), diags).missingItemRange()).isEqualTo(line1(1, 2));
        assertThat(body("[{}]").content(attrs(), diags).missingItemRange()).isEqualTo(line1(1, 2));
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void rootArrayElementsMustBeObjects() {
        Diagnostics diags = new Diagnostics();
        body("[[]]").partialContent(attrs(), diags);
        Diagnostic d = single(diags, "Incorrect JSON value type", line1(2, 3));
        assertThat(d.detail()).isEqualTo("A JSON object is required here, to define arguments and child blocks.");
    }

    @Test
    void commentPropertiesAreIgnoredInBodies() {
        Diagnostics diags = new Diagnostics();
        Body b = body("{\"//\": \"comment that should be ignored\", \"//\": \"another comment\"}");
        assertThat(b.content(attrs(), diags).attributes()).isEmpty();
        assertThat(b.justAttributes(diags)).isEmpty();
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void attributeRanges() {
        Diagnostics diags = new Diagnostics();
        BodyContent c = body("{\"name\":\"Ermintrude\"}").content(attrs("name"), diags);
        Attribute a = c.attributes().get("name");
        assertThat(a.nameRange()).isEqualTo(line1(2, 8));
        assertThat(a.range()).isEqualTo(line1(2, 21));
        assertThat(a.expression().range()).isEqualTo(line1(9, 21));
        assertThat(a.expression().value(null, diags)).isEqualTo(Value.string("Ermintrude"));
        assertThat(c.missingItemRange()).isEqualTo(line1(21, 22));
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void arrayRootBodyMergesObjects() {
        Diagnostics diags = new Diagnostics();
        BodyContent c = body("[{\"a\":1},{\"b\":2}]").content(attrs("a", "b"), diags);
        assertThat(c.attributes()).containsOnlyKeys("a", "b");
        assertThat(c.attributes().get("b").nameRange()).isEqualTo(line1(11, 14));
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void missingRequiredArgument() {
        Diagnostics diags = new Diagnostics();
        BodySchema schema = new BodySchema(List.of(new AttributeSchema("name", true),
                new AttributeSchema("age", true)), List.of());
        body("{\"name\":\"Ermintrude\"}").content(schema, diags);
        Diagnostic d = single(diags, "Missing required argument", line1(21, 22));
        assertThat(d.detail()).isEqualTo("The argument \"age\" is required, but no definition was found.");
    }

    @Test
    void duplicateArgument() {
        Diagnostics diags = new Diagnostics();
        BodyContent c = body("[{\"name\":\"a\"},{\"name\":\"b\"}]").content(attrs("name"), diags);
        Diagnostic d = single(diags, "Duplicate argument", line1(16, 22));
        assertThat(d.detail()).isEqualTo("The argument \"name\" was already set at " + FILE + ":1,3-13.");
        assertThat(d.context()).isEqualTo(line1(16, 26));
        assertThat(c.attributes().get("name").expression().value(null, new Diagnostics()))
                .isEqualTo(Value.string("a"));
    }

    @Test
    void extraneousPropertyWithSuggestion() {
        Diagnostics diags = new Diagnostics();
        body("{\"unknow\": true, \"unnown\": true, \"zzz\": 1}")
                .content(new BodySchema(List.of(new AttributeSchema("unknown", false)),
                        List.of(block("provisioner"))), diags);
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsOnly("Extraneous JSON object property");
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "No argument or block type is named \"unknow\". Did you mean \"unknown\"?",
                "No argument or block type is named \"unnown\". Did you mean \"unknown\"?",
                "No argument or block type is named \"zzz\".");
        assertThat(diags.asList().get(0).subject()).isEqualTo(line1(2, 10));
        // a used attribute name is not suggested again; block types always are
        Diagnostics again = new Diagnostics();
        body("{\"unknown\": 1, \"unknow\": 2, \"provisoner\": {}}")
                .content(new BodySchema(List.of(new AttributeSchema("unknown", false)),
                        List.of(block("provisioner"))), again);
        assertThat(again.asList()).extracting(Diagnostic::detail).containsExactly(
                "No argument or block type is named \"unknow\".",
                "No argument or block type is named \"provisoner\". Did you mean \"provisioner\"?");
    }

    @Test
    void partialContentLeavesTheRestForLater() {
        Diagnostics diags = new Diagnostics();
        Body b = body("{\"name\": \"x\", \"type\": \"y\", \"extra\": 1}");
        Body.PartialContent p = b.partialContent(attrs("name"), diags);
        assertThat(p.content().attributes()).containsOnlyKeys("name");
        BodyContent rest = p.remain().content(attrs("type", "extra"), diags);
        assertThat(rest.attributes()).containsOnlyKeys("type", "extra");
        assertThat(p.remain().justAttributes(diags)).containsOnlyKeys("type", "extra");
        assertThat(diags.asList()).isEmpty();
        // the hidden name is neither decoded again nor reported as extraneous
        Diagnostics more = new Diagnostics();
        p.remain().content(attrs("type"), more);
        assertThat(more.asList()).extracting(Diagnostic::detail)
                .containsExactly("No argument or block type is named \"extra\".");
    }

    @Test
    void justAttributes() {
        Diagnostics diags = new Diagnostics();
        Map<String, Attribute> attrs = body("{\"b\": true, \"a\": 1, \"b\": 2}").justAttributes(diags);
        assertThat(attrs.keySet()).containsExactly("b", "a");
        Diagnostic d = single(diags, "Duplicate attribute definition", line1(21, 24));
        assertThat(d.detail()).isEqualTo("The argument \"b\" was already set at " + FILE + ":1,2-11.");

        Diagnostics arrayDiags = new Diagnostics();
        assertThat(body("[{\"a\": 1}]").justAttributes(arrayDiags)).isEmpty();
        Diagnostic e = single(arrayDiags, "Incorrect JSON value type", line1(1, 2));
        assertThat(e.detail()).isEqualTo("A JSON object is required here, setting the arguments for this block.");
    }

    @Test
    void blockWithoutLabels() {
        Diagnostics diags = new Diagnostics();
        List<Block> bs = body("{\"resource\":{}}").content(blocks(block("resource")), diags).blocks();
        assertThat(bs).hasSize(1);
        Block b = bs.get(0);
        assertThat(b.type()).isEqualTo("resource");
        assertThat(b.labels()).isEmpty();
        assertThat(b.defRange()).isEqualTo(line1(13, 14));
        assertThat(b.typeRange()).isEqualTo(line1(2, 12));
        assertThat(b.body().missingItemRange()).isEqualTo(line1(14, 15));
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void arrayOfBodiesGivesRepeatedBlocks() {
        Diagnostics diags = new Diagnostics();
        List<Block> bs = body("{\"resource\":[{},{}]}").content(blocks(block("resource")), diags).blocks();
        assertThat(bs).hasSize(2);
        assertThat(bs).extracting(Block::defRange).containsOnly(line1(13, 14));
        assertThat(bs.get(1).body().missingItemRange()).isEqualTo(line1(18, 19));
        assertThat(body("{\"resource\":[]}").content(blocks(block("resource")), diags).blocks()).isEmpty();
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void nullMeansNoBlock() {
        Diagnostics diags = new Diagnostics();
        assertThat(body("{\"resource\": null}").content(blocks(block("resource")), diags).blocks()).isEmpty();
        assertThat(body("{\"resource\": { \"nested\": null }}").content(blocks(block("resource", "name")), diags)
                .blocks()).isEmpty();
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void labelsFromNestedObjects() {
        Diagnostics diags = new Diagnostics();
        List<Block> bs = body("{\"resource\":{\"foo_instance\":[{\"bar\":{}}, {\"bar\":{}}]}}")
                .content(blocks(block("resource", "type", "name")), diags).blocks();
        assertThat(bs).hasSize(2);
        assertThat(bs).extracting(Block::labels).containsOnly(List.of("foo_instance", "bar"));
        assertThat(bs.get(0).labelRanges()).containsExactly(line1(14, 28), line1(31, 36));
        assertThat(bs.get(1).labelRanges()).containsExactly(line1(14, 28), line1(43, 48));
        assertThat(bs.get(1).defRange()).isEqualTo(line1(49, 50));
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void duplicateLabelPropertiesKeepOrder() {
        Diagnostics diags = new Diagnostics();
        List<Block> bs = body("{\"source\": {\"null\": {\"a\": {}}, \"null\": {\"b\": {}}}, \"build\": {}}")
                .content(blocks(block("source", "type", "name"), block("build")), diags).blocks();
        assertThat(bs).extracting(Block::type).containsExactly("source", "source", "build");
        assertThat(bs).extracting(Block::labels)
                .containsExactly(List.of("null", "a"), List.of("null", "b"), List.of());
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void missingBlockLabel() {
        Diagnostics diags = new Diagnostics();
        body("{\"source\": {}}").content(blocks(block("source", "type", "name")), diags);
        Diagnostic d = single(diags, "Missing block label", line1(12, 13));
        assertThat(d.detail())
                .isEqualTo("At least one object property is required, whose name represents the source block's type.");
    }

    @Test
    void wrongValueTypesForBlocksAndLabels() {
        Diagnostics diags = new Diagnostics();
        body("{\"name\":\"Ermintrude\"}").content(blocks(block("name")), diags);
        Diagnostic d = single(diags, "Incorrect JSON value type", line1(9, 21));
        assertThat(d.detail()).isEqualTo("Either a JSON object or a JSON array is required, representing the contents"
                + " of one or more \"name\" blocks.");

        Diagnostics labels = new Diagnostics();
        body("{\"source\": \"x\"}").content(blocks(block("source", "type")), labels);
        assertThat(labels.asList().get(0).detail()).isEqualTo("Either a JSON object or JSON array of objects is"
                + " required here, to specify type labels for this block.");

        Diagnostics elems = new Diagnostics();
        body("{\"source\": [1]}").content(blocks(block("source", "type")), elems);
        assertThat(elems.asList()).extracting(Diagnostic::detail).containsExactly(
                "A JSON object is required here, to specify type labels for this block.",
                "At least one object property is required, whose name represents the source block's type.");
    }

    @Test
    void blockBodyThatIsNotAnObjectIsReportedWhenRead() {
        Diagnostics diags = new Diagnostics();
        List<Block> bs = body("{\"b\": [1]}").content(blocks(block("b")), diags).blocks();
        assertThat(diags.asList()).isEmpty();
        bs.get(0).body().content(attrs(), diags);
        Diagnostic d = single(diags, "Incorrect JSON value type", line1(8, 9));
        assertThat(d.detail()).isEqualTo("Either a JSON object or JSON array of objects is required here, to define"
                + " arguments and child blocks.");
    }

    @Test
    void rootMustBeObjectOrArray() {
        HclJsonParser.ParseResult r = HclJsonParser.parseFile("true".getBytes(StandardCharsets.UTF_8), FILE);
        single(r.diagnostics(), "Root value must be object", line1(1, 5));
        Diagnostics diags = new Diagnostics();
        assertThat(r.body().content(attrs(), diags).attributes()).isEmpty();
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void malformedFileStillGivesABody() {
        HclJsonParser.ParseResult r = HclJsonParser.parseFile(
                "{\n  \"http_proxy_url: \"http://xxxxxx\",\n}".getBytes(StandardCharsets.UTF_8), FILE);
        assertThat(r.diagnostics().asList()).extracting(Diagnostic::summary)
                .containsExactly("Missing property value colon", "Root value must be object");
        assertThat(r.body().justAttributes(new Diagnostics())).isEmpty();
    }
}
