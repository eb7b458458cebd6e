package io.jenkins.plugins.packer.engine.hcl.json;

import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.FILE;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.line1;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON values as expressions in literal-only mode (null context): no template is processed. */
class JsonExpressionLiteralTest {

    static Expression expr(String src) {
        HclJsonParser.ExpressionResult r = HclJsonParser.parseExpression(src.getBytes(StandardCharsets.UTF_8), FILE);
        assertThat(r.diagnostics().asList()).isEmpty();
        return r.expression();
    }

    static Value literal(String src) {
        Diagnostics diags = new Diagnostics();
        Value v = expr(src).value(null, diags);
        assertThat(diags.asList()).isEmpty();
        return v;
    }

    @Test
    void primitives() {
        assertThat(literal("\"hello\"")).isEqualTo(Value.string("hello"));
        assertThat(literal("5")).isEqualTo(Value.number(5));
        assertThat(literal("1.50")).isEqualTo(Value.number(new BigDecimal("1.5")));
        assertThat(literal("true")).isEqualTo(Value.TRUE);
        assertThat(literal("false")).isEqualTo(Value.FALSE);
        Value n = literal("null");
        assertThat(n.isNull()).isTrue();
        assertThat(n.type()).isEqualTo(Type.DYNAMIC);
    }

    @Test
    void templateSequencesPassThroughLiterally() {
        assertThat(literal("\"Hello ${name}! %{ if x }y%{ endif }\""))
                .isEqualTo(Value.string("Hello ${name}! %{ if x }y%{ endif }"));
    }

    @Test
    void arraysAreTuplesAndObjectsAreObjects() {
        assertThat(literal("[\"1\", 2, true, null]")).isEqualTo(Value.tuple(List.of(Value.string("1"),
                Value.number(2), Value.TRUE, Value.NULL)));
        assertThat(literal("[]")).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(literal("{}")).isEqualTo(Value.EMPTY_OBJECT);
        assertThat(literal("{\"foo\": \"bar\", \"baz\": {\"n\": [1]}}")).isEqualTo(Value.object(Map.of(
                "foo", Value.string("bar"),
                "baz", Value.object(Map.of("n", Value.tuple(List.of(Value.number(1))))))));
    }

    @Test
    void commentPropertyIsAnOrdinaryKeyInObjectValues() {
        assertThat(literal("{\"//\": \"x\"}")).isEqualTo(Value.object(Map.of("//", Value.string("x"))));
    }

    @Test
    void duplicateObjectKey() {
        Diagnostics diags = new Diagnostics();
        Value v = expr("{\"a\": 1, \"a\": 2}").value(null, diags);
        assertThat(diags.asList()).hasSize(1);
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Duplicate object attribute");
        assertThat(d.detail()).isEqualTo("An attribute named \"a\" was already defined at " + FILE + ":1,2-5.");
        assertThat(d.subject()).isEqualTo(line1(10, 13));
        assertThat(v).isEqualTo(Value.object(Map.of("a", Value.number(1))));
    }

    @Test
    void invalidNodeEvaluatesToDynamic() {
        HclJsonParser.ExpressionResult r = HclJsonParser.parseExpression("[1, flase]".getBytes(StandardCharsets.UTF_8),
                FILE);
        assertThat(r.diagnostics().asList()).extracting(Diagnostic::summary).containsExactly("Invalid JSON keyword");
        Value v = r.expression().value(null, new Diagnostics());
        assertThat(v.elements().get(1)).isEqualTo(Value.DYNAMIC);
    }

    @Test
    void rangesAndStartRanges() {
        Expression e = expr("{\"a\": [1, 2]}");
        assertThat(e.range()).isEqualTo(line1(1, 14));
        assertThat(e.startRange()).isEqualTo(line1(1, 2));
        Expression list = e.asMap().orElseThrow().get(0).value();
        assertThat(list.range()).isEqualTo(line1(7, 13));
        assertThat(list.startRange()).isEqualTo(line1(7, 8));
    }

    @Test
    void staticListAndMapViews() {
        List<Expression> items = expr("[\"a\", 1]").asList().orElseThrow();
        assertThat(items).hasSize(2);
        assertThat(items.get(1).value(null, new Diagnostics())).isEqualTo(Value.number(1));
        assertThat(expr("\"a\"").asList()).isEmpty();

        List<Expression.KeyValue> kvs = expr("{\"k\": \"v\", \"k\": 2}").asMap().orElseThrow();
        assertThat(kvs).hasSize(2); // a static map keeps duplicates; evaluation would report them
        assertThat(kvs.get(0).key().value(null, new Diagnostics())).isEqualTo(Value.string("k"));
        assertThat(kvs.get(0).key().range()).isEqualTo(line1(2, 5));
        assertThat(kvs.get(1).value().value(null, new Diagnostics())).isEqualTo(Value.number(2));
        assertThat(expr("[1]").asMap()).isEmpty();
    }

    @Test
    void nonStringsHaveNoTraversalOrCall() {
        assertThat(expr("1").asTraversal()).isEmpty();
        assertThat(expr("[]").asCall()).isEmpty();
        assertThat(expr("{}").asKeyword()).isEmpty();
        assertThat(expr("true").variables()).isEmpty();
    }
}
