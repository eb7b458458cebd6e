package io.jenkins.plugins.packer.engine.hcl.dec;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.BodySchema;
import io.jenkins.plugins.packer.engine.hcl.BodySchema.AttributeSchema;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.json.HclJsonParser;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** hcldec-style decoding, exercised on JSON bodies (the syntax is irrelevant to the specs). */
class HclDecTest {

    static final String FILE = "in.json";

    static Body body(String json) {
        HclJsonParser.ParseResult r = HclJsonParser.parseFile(json.getBytes(StandardCharsets.UTF_8), FILE);
        assertThat(r.diagnostics().asList()).isEmpty();
        return r.body();
    }

    static Range line1(int c1, int c2) {
        return new Range(FILE, new Pos(1, c1, c1 - 1), new Pos(1, c2, c2 - 1));
    }

    static ObjectSpec object(Object... nameSpec) {
        Map<String, Spec> m = new LinkedHashMap<>();
        for (int i = 0; i < nameSpec.length; i += 2) {
            m.put((String) nameSpec[i], (Spec) nameSpec[i + 1]);
        }
        return new ObjectSpec(m);
    }

    @Test
    void attributesAreConvertedToTheirType() {
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"n\": \"12\", \"s\": 5, \"any\": [1, \"a\"]}"),
                object("n", new AttrSpec("n", Type.NUMBER, false), "s", new AttrSpec("s", Type.STRING, false),
                        "any", new AttrSpec("any", Type.DYNAMIC, false), "missing",
                        new AttrSpec("missing", Type.list(Type.STRING), false)), null, diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(v.attributes()).containsEntry("n", Value.number(12)).containsEntry("s", Value.string("5"))
                .containsEntry("any", Value.tuple(List.of(Value.number(1), Value.string("a"))))
                .containsEntry("missing", Value.nullOf(Type.list(Type.STRING)));
    }

    @Test
    void incorrectAttributeValueType() {
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"n\": \"x\"}"), new AttrSpec("n", Type.NUMBER, false), null, diags);
        assertThat(diags.asList()).hasSize(1);
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Incorrect attribute value type");
        assertThat(d.detail()).isEqualTo("Inappropriate value for attribute \"n\": a number is required.");
        assertThat(d.subject()).isEqualTo(line1(7, 10));
        assertThat(d.context()).isEqualTo(line1(2, 10));
        assertThat(v).isEqualTo(Value.unknown(Type.NUMBER));
    }

    @Test
    void requiredAndUnexpectedAttributes() {
        Diagnostics diags = new Diagnostics();
        HclDec.decode(body("{\"b\": 1}"), object("a", new AttrSpec("a", Type.STRING, true)), null, diags);
        assertThat(diags.asList()).extracting(Diagnostic::summary)
                .containsExactly("Missing required argument", "Extraneous JSON object property");
    }

    @Test
    void singleBlock() {
        Spec spec = object("b", new BlockSpec("b", object("x", new AttrSpec("x", Type.NUMBER, false)), false));
        Diagnostics diags = new Diagnostics();
        assertThat(HclDec.decode(body("{\"b\": {\"x\": 1}}"), spec, null, diags).attributes().get("b"))
                .isEqualTo(Value.object(Map.of("x", Value.number(1))));
        Value none = HclDec.decode(body("{}"), spec, null, diags).attributes().get("b");
        assertThat(none).isEqualTo(Value.nullOf(Type.object(Map.of("x", Type.NUMBER))));
        assertThat(diags.asList()).isEmpty();

        HclDec.decode(body("{\"b\": [{\"x\": 1}, {\"x\": 2}]}"), spec, null, diags);
        assertThat(diags.asList()).hasSize(1);
        assertThat(diags.asList().get(0).summary()).isEqualTo("Duplicate b block");
        assertThat(diags.asList().get(0).detail())
                .isEqualTo("Only one block of type \"b\" is allowed. Previous definition was at " + FILE + ":1,7-8.");

        Diagnostics required = new Diagnostics();
        HclDec.decode(body("{}"), new BlockSpec("b", object(), true), null, required);
        assertThat(required.asList()).extracting(Diagnostic::summary).containsExactly("Missing b block");
        assertThat(required.asList().get(0).subject()).isEqualTo(line1(2, 3));
    }

    @Test
    void blockListKeepsOrderAndCounts() {
        Spec item = object("x", new AttrSpec("x", Type.NUMBER, false));
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"p\": [{\"x\": 1}, {\"x\": 2}], \"q\": 0}"),
                object("p", new BlockListSpec("p", item, 0, 0), "q", new AttrSpec("q", Type.NUMBER, false)), null,
                diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(v.attributes().get("p")).isEqualTo(Value.list(Type.object(Map.of("x", Type.NUMBER)), List.of(
                Value.object(Map.of("x", Value.number(1))), Value.object(Map.of("x", Value.number(2))))));
        assertThat(HclDec.decode(body("{}"), new BlockListSpec("p", item, 0, 0), null, diags))
                .isEqualTo(Value.list(Type.object(Map.of("x", Type.NUMBER)), List.of()));

        Diagnostics few = new Diagnostics();
        HclDec.decode(body("{\"p\": {}}"), new BlockListSpec("p", item, 2, 0), null, few);
        assertThat(few.asList()).extracting(Diagnostic::detail).containsExactly("At least 2 \"p\" blocks are required.");
        Diagnostics many = new Diagnostics();
        HclDec.decode(body("{\"p\": [{}, {\"x\": 3}]}"), new BlockListSpec("p", item, 0, 1), null, many);
        assertThat(many.asList()).extracting(Diagnostic::summary).containsExactly("Too many p blocks");
        // hcl points at the extra block's source range: for an object spec, its body's closing brace
        assertThat(many.asList().get(0).subject()).isEqualTo(line1(19, 20));
    }

    @Test
    void blockListUnifiesDynamicAttributes() {
        Spec item = object("x", new AttrSpec("x", Type.DYNAMIC, false));
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"p\": [{\"x\": 1}, {\"x\": \"a\"}]}"), new BlockListSpec("p", item, 0, 0), null,
                diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(v.type()).isEqualTo(Type.list(Type.object(Map.of("x", Type.STRING))));

        Diagnostics bad = new Diagnostics();
        Value w = HclDec.decode(body("{\"p\": [{\"x\": 1}, {\"x\": [1]}]}"), new BlockListSpec("p", item, 0, 0),
                null, bad);
        assertThat(bad.asList()).extracting(Diagnostic::summary)
                .containsExactly("Unconsistent argument types in p blocks");
        assertThat(w).isEqualTo(Value.DYNAMIC);
    }

    @Test
    void blockSetDropsDuplicates() {
        Spec item = object("x", new AttrSpec("x", Type.NUMBER, false));
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"p\": [{\"x\": 1}, {\"x\": 1}, {\"x\": 2}]}"),
                new BlockSetSpec("p", item, 0, 0), null, diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(v.type()).isEqualTo(Type.set(Type.object(Map.of("x", Type.NUMBER))));
        assertThat(v.length()).isEqualTo(2);
    }

    @Test
    void blockMapNestsByLabels() {
        Spec spec = new BlockMapSpec("source", List.of("type", "name"),
                object("n", new AttrSpec("n", Type.NUMBER, false)));
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"source\": {\"null\": {\"a\": {\"n\": 1}, \"b\": {\"n\": 2}},"
                + " \"docker\": {\"a\": {\"n\": 3}}}}"), spec, null, diags);
        assertThat(diags.asList()).isEmpty();
        Type inner = Type.object(Map.of("n", Type.NUMBER));
        assertThat(v.type()).isEqualTo(Type.map(Type.map(inner)));
        assertThat(v.attributes().get("null").attributes().get("b"))
                .isEqualTo(Value.object(Map.of("n", Value.number(2))));
        assertThat(v.attributes().get("docker").attributes()).containsOnlyKeys("a");
        assertThat(HclDec.decode(body("{}"), spec, null, diags)).isEqualTo(Value.map(Type.map(inner), Map.of()));

        Diagnostics dup = new Diagnostics();
        HclDec.decode(body("{\"source\": {\"null\": {\"a\": {}}}, \"source \": 1}".replace("\"source \": 1",
                "\"source\": {\"null\": {\"a\": {}}}")), spec, null, dup);
        assertThat(dup.asList()).extracting(Diagnostic::detail).containsExactly(
                "A block for source \"null\" \"a\" was already defined. The source labels must be unique.");
    }

    @Test
    void blockLabelsInsideNestedSpec() {
        Spec spec = new BlockListSpec("v", object("name", new BlockLabelSpec(0, "name"),
                "d", new AttrSpec("d", Type.STRING, false)), 0, 0);
        assertThat(HclDec.impliedSchema(spec).blocks().get(0).labelNames()).containsExactly("name");
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"v\": {\"x\": {\"d\": \"1\"}, \"y\": {}}}"), spec, null, diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(v.elements()).extracting(e -> e.attributes().get("name"))
                .containsExactly(Value.string("x"), Value.string("y"));
        Spec labelOnly = new BlockListSpec("v", new BlockLabelSpec(0, "name"), 0, 0);
        assertThat(labelOnly.sourceRange(body("{\"v\": {\"x\": {}}}").content(HclDec.impliedSchema(labelOnly), diags),
                List.of())).isEqualTo(line1(8, 11));
    }

    @Test
    void defaultUsesFallbackForNull() {
        Spec spec = new DefaultSpec(new AttrSpec("p", Type.BOOL, false), new LiteralSpec(Value.FALSE));
        Diagnostics diags = new Diagnostics();
        assertThat(HclDec.decode(body("{}"), spec, null, diags)).isEqualTo(Value.FALSE);
        assertThat(HclDec.decode(body("{\"p\": true}"), spec, null, diags)).isEqualTo(Value.TRUE);
        assertThat(HclDec.decode(body("{\"p\": null}"), spec, null, diags)).isEqualTo(Value.FALSE);
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void impliedSchemaMergesDuplicateAttributes() {
        Spec spec = new DefaultSpec(new AttrSpec("a", Type.STRING, false), new AttrSpec("a", Type.STRING, true));
        BodySchema schema = HclDec.impliedSchema(spec);
        assertThat(schema.attributes()).containsExactly(new AttributeSchema("a", true));
        assertThat(HclDec.impliedType(object("a", spec, "l", new LiteralSpec(Value.number(1)))))
                .isEqualTo(Type.object(Map.of("a", Type.STRING, "l", Type.NUMBER)));
    }

    @Test
    void partialDecodeLeavesTheRest() {
        Diagnostics diags = new Diagnostics();
        HclDec.PartialResult r = HclDec.partialDecode(body("{\"a\": 1, \"rest\": 2}"),
                object("a", new AttrSpec("a", Type.NUMBER, false)), null, diags);
        assertThat(r.value().attributes().get("a")).isEqualTo(Value.number(1));
        assertThat(r.remain().justAttributes(diags)).containsOnlyKeys("rest");
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void tupleSpec() {
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(body("{\"a\": 1}"), new TupleSpec(List.of(new AttrSpec("a", Type.STRING, false),
                new LiteralSpec(Value.TRUE))), null, diags);
        assertThat(v).isEqualTo(Value.tuple(List.of(Value.string("1"), Value.TRUE)));
    }
}
