package io.jenkins.plugins.packer.engine.hcl.dec;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Specs whose decoding evaluates expressions: variables, transforms, the same spec on both syntaxes. */
class HclDecExpressionsTest {

    private static Body nativeBody(String src) {
        var r = HclParser.parseFile(src.getBytes(StandardCharsets.UTF_8), "in.hcl");
        assertThat(r.diags().asList()).isEmpty();
        return r.body();
    }

    private static Expression nativeExpr(String src) {
        Diagnostics diags = new Diagnostics();
        Expression e = HclParser.parseExpression(src.getBytes(StandardCharsets.UTF_8), "spec.hcldec", Pos.START,
                diags);
        assertThat(diags.asList()).isEmpty();
        return e;
    }

    private static final Spec SPEC = HclDecTest.object(
            "name", new AttrSpec("name", Type.STRING, true),
            "tags", new BlockListSpec("tag", HclDecTest.object(
                    "key", new BlockLabelSpec(0, "key"),
                    "value", new AttrSpec("value", Type.STRING, false)), 0, 0));

    private static final EvalContext CTX = EvalContext.of(Map.of(
            "var", Value.object(Map.of("env", Value.string("prod"), "token", Value.string("t0k").mark(Mark.SENSITIVE),
                    "later", Value.unknown(Type.STRING)))), Map.of());

    @Test
    void sameSpecSameResultOnBothSyntaxes() {
        Body json = HclDecTest.body("{\"name\": \"app-${var.env}\", \"tag\": {\"a\": {\"value\": \"${var.env}\"},"
                + " \"b\": [{\"value\": \"x\"}, {\"value\": \"y\"}]}}");
        Body hcl = nativeBody("name = \"app-${var.env}\"\ntag \"a\" {\n  value = var.env\n}\n"
                + "tag \"b\" {\n  value = \"x\"\n}\ntag \"b\" {\n  value = \"y\"\n}\n");
        Diagnostics diags = new Diagnostics();
        Value fromJson = HclDec.decode(json, SPEC, CTX, diags);
        Value fromHcl = HclDec.decode(hcl, SPEC, CTX, diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(fromJson).isEqualTo(fromHcl);
        assertThat(fromJson.attributes().get("name")).isEqualTo(Value.string("app-prod"));
        assertThat(fromJson.attributes().get("tags").elements()).extracting(v -> v.attributes().get("key"))
                .containsExactly(Value.string("a"), Value.string("b"), Value.string("b"));
    }

    @Test
    void unknownAndSensitiveValuesSurviveDecoding() {
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(HclDecTest.body("{\"name\": \"${var.token}\", \"tag\": {\"k\": {\"value\": "
                + "\"${var.later}\"}}}"), SPEC, CTX, diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(v.attributes().get("name").isSensitive()).isTrue();
        Value tagValue = v.attributes().get("tags").elements().get(0).attributes().get("value");
        assertThat(tagValue.isKnown()).isFalse();
        assertThat(tagValue.type()).isEqualTo(Type.STRING);
    }

    @Test
    void variablesFollowTheSpecIntoBlocks() {
        List<Traversal> vars = HclDec.variables(HclDecTest.body("{\"name\": \"${var.env}\", \"tag\": {\"k\": "
                + "{\"value\": \"${local.x}-${var.y}\"}}, \"ignored\": \"${other}\"}"), SPEC);
        assertThat(vars).extracting(Traversal::rootName).containsExactly("var", "local", "var");
        assertThat(vars.get(0).range().start()).isEqualTo(new Pos(1, 13, 12));
    }

    @Test
    void transformEvaluatesWithTheNestedValue() {
        Spec spec = new TransformSpec(new AttrSpec("size", Type.NUMBER, false), nativeExpr("nested * 1024"),
                EvalContext.empty(), "nested");
        Diagnostics diags = new Diagnostics();
        assertThat(HclDec.decode(HclDecTest.body("{\"size\": 2}"), spec, null, diags)).isEqualTo(Value.number(2048));
        assertThat(spec.impliedType()).isEqualTo(Type.NUMBER);
        assertThat(diags.asList()).isEmpty();

        Diagnostics bad = new Diagnostics();
        Value v = HclDec.decode(HclDecTest.body("{\"size\": \"big\"}"), spec, null, bad);
        assertThat(bad.asList()).extracting(Diagnostic::summary).containsExactly("Incorrect attribute value type");
        assertThat(v).isEqualTo(Value.unknown(Type.NUMBER));
    }

    @Test
    void literalModeWithoutContext() {
        Diagnostics diags = new Diagnostics();
        Value v = HclDec.decode(HclDecTest.body("{\"name\": \"${var.env}\"}"), SPEC, null, diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(v.attributes().get("name")).isEqualTo(Value.string("${var.env}"));
    }
}
