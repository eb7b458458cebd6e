package io.jenkins.plugins.packer.engine.hcl.json;

import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.FILE;
import static io.jenkins.plugins.packer.engine.hcl.json.JsonTestSupport.line1;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON strings as native templates in full expression mode, with unknown and sensitive values. */
class JsonExpressionTemplateTest {

    private static final Value SECRET = Value.string("s3cr3t").mark(Mark.SENSITIVE);

    private static final Function UPPER = new Function() {
        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.of("str", Type.STRING));
        }

        @Override
        public Parameter variadicParameter() {
            return null;
        }

        @Override
        public Value call(List<Value> args) {
            return Value.string(args.get(0).asString().toUpperCase(java.util.Locale.ROOT));
        }
    };

    private static final EvalContext CTX = EvalContext.of(Map.of(
            "noun", Value.string("world"),
            "n", Value.number(2),
            "k", Value.string("x"),
            "later", Value.unknown(Type.STRING),
            "anything", Value.DYNAMIC,
            "secret", SECRET,
            "nothing", Value.NULL,
            "list", Value.tuple(List.of(Value.number(1)))), Map.of("upper", UPPER));

    private static Expression expr(String src) {
        return JsonExpressionLiteralTest.expr(src);
    }

    private static Value eval(String src) {
        Diagnostics diags = new Diagnostics();
        Value v = expr(src).value(CTX, diags);
        assertThat(diags.asList()).as("diagnostics of %s", src).isEmpty();
        return v;
    }

    @Test
    void interpolationAndDirectives() {
        assertThat(eval("\"hello ${noun}\"")).isEqualTo(Value.string("hello world"));
        assertThat(eval("\"hello ${\\\"world\\\"}\"")).isEqualTo(Value.string("hello world"));
        assertThat(eval("\"%{ if n > 1 }many%{ else }one%{ endif }\"")).isEqualTo(Value.string("many"));
        assertThat(eval("\"${upper(noun)}!\"")).isEqualTo(Value.string("WORLD!"));
        assertThat(eval("\"$${noun}\"")).isEqualTo(Value.string("${noun}"));
    }

    @Test
    void singleInterpolationIsUnwrapped() {
        assertThat(eval("\"${true}\"")).isEqualTo(Value.TRUE);
        assertThat(eval("\"${n + 1}\"")).isEqualTo(Value.number(3));
        assertThat(eval("\"${1e150}\"").type()).isEqualTo(Type.NUMBER);
        assertThat(eval("\"${list}\"")).isEqualTo(Value.tuple(List.of(Value.number(1))));
    }

    @Test
    void nestedStringsInArraysAndObjects() {
        assertThat(eval("[\"${n}\", {\"a\": \"${noun}\"}]")).isEqualTo(Value.tuple(List.of(Value.number(2),
                Value.object(Map.of("a", Value.string("world"))))));
    }

    @Test
    void unknownValuesPropagate() {
        Value whole = eval("\"${later}\"");
        assertThat(whole.isKnown()).isFalse();
        assertThat(whole.type()).isEqualTo(Type.STRING);
        Value part = eval("\"pre-${later}\"");
        assertThat(part.isKnown()).isFalse();
        assertThat(part.type()).isEqualTo(Type.STRING);
        assertThat(eval("\"${anything}\"")).isEqualTo(Value.DYNAMIC);
        Value inTuple = eval("[\"${later}\", 1]");
        assertThat(inTuple.isKnown()).isTrue();
        assertThat(inTuple.isWhollyKnown()).isFalse();
    }

    @Test
    void sensitiveValuesPropagate() {
        assertThat(eval("\"${secret}\"")).isEqualTo(SECRET);
        Value joined = eval("\"pw=${secret}\"");
        assertThat(joined.isSensitive()).isTrue();
        assertThat(joined.unmark()).isEqualTo(Value.string("pw=s3cr3t"));
        Value obj = eval("{\"a\": \"${secret}\"}");
        assertThat(obj.isSensitive()).isFalse();
        assertThat(obj.attributes().get("a").isSensitive()).isTrue();
    }

    @Test
    void objectKeysAreTemplates() {
        assertThat(eval("{\"${k}\": 1, \"${n}\": 2}")).isEqualTo(Value.object(Map.of("x", Value.number(1),
                "2", Value.number(2))));
        assertThat(eval("{\"${later}\": 1}")).isEqualTo(Value.DYNAMIC);
        Value marked = eval("{\"${secret}\": 1}");
        assertThat(marked.isSensitive()).isTrue();
        assertThat(marked.unmark()).isEqualTo(Value.object(Map.of("s3cr3t", Value.number(1))));
    }

    @Test
    void objectKeyErrors() {
        Diagnostics diags = new Diagnostics();
        Value v = expr("{\"${nothing}\": 1, \"${list}\": 2, \"${k}\": 3, \"x\": 4}").value(CTX, diags);
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("Invalid object key expression",
                "Invalid object key expression", "Duplicate object attribute");
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "Cannot use null value as an object key.",
                "Cannot use this expression as an object key: string required.",
                "An attribute named \"x\" was already defined at " + FILE + ":1,33-39.");
        assertThat(diags.asList().get(0).subject()).isEqualTo(line1(2, 14));
        assertThat(v).isEqualTo(Value.object(Map.of("x", Value.number(3))));
    }

    @Test
    void referencesAreCheckedWithPositionsInsideTheString() {
        Diagnostics diags = new Diagnostics();
        Value v = expr("{\"a\": \"hi ${nope}\"}").value(CTX, diags);
        assertThat(diags.asList()).hasSize(1);
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Unknown variable");
        assertThat(d.subject()).isEqualTo(line1(13, 17));
        assertThat(v.attributes().get("a").isKnown()).isFalse();

        Diagnostics none = new Diagnostics();
        expr("\"${var.x}\"").value(EvalContext.empty(), none);
        assertThat(none.asList()).extracting(Diagnostic::summary).containsExactly("Variables not allowed");
        assertThat(none.asList().get(0).subject()).isEqualTo(line1(4, 7));
    }

    @Test
    void templateSyntaxErrorsAreReported() {
        Diagnostics diags = new Diagnostics();
        Value v = expr("\"${\"").value(CTX, diags);
        assertThat(diags.hasErrors()).isTrue();
        assertThat(diags.asList().get(0).subject().filename()).isEqualTo(FILE);
        assertThat(v).isEqualTo(Value.DYNAMIC);
        // in literal-only mode the same string is just text
        assertThat(expr("\"${\"").value(null, new Diagnostics())).isEqualTo(Value.string("${"));
    }

    @Test
    void variablesOfValuesAndKeys() {
        List<Traversal> vars = expr("{\"a\": [\"${foo}\"], \"${bar.baz}\": \"x\", \"c\": 1}").variables();
        assertThat(vars).extracting(Traversal::toString).containsExactly("foo", "bar.baz");
        assertThat(vars.get(0).range()).isEqualTo(line1(11, 14));
        assertThat(vars.get(1).range()).isEqualTo(line1(22, 29));
        assertThat(expr("\"${\"").variables()).isEmpty();
    }

    @Test
    void staticTraversalKeywordAndCall() {
        Traversal t = expr("\"var.foo[0]\"").asTraversal().orElseThrow();
        assertThat(t.rootName()).isEqualTo("var");
        assertThat(t.steps()).hasSize(3);
        assertThat(((Traversal.Attr) t.steps().get(1)).name()).isEqualTo("foo");
        assertThat(((Traversal.Index) t.steps().get(2)).key()).isEqualTo(Value.number(0));
        assertThat(t.range()).isEqualTo(line1(2, 12));
        assertThat(expr("\"string\"").asKeyword()).contains("string");
        assertThat(expr("\"not a traversal\"").asTraversal()).isEmpty();
        assertThat(expr("\"${var.foo}\"").asTraversal()).isEmpty();

        Expression.StaticCall call = expr("\"list(string)\"").asCall().orElseThrow();
        assertThat(call.name()).isEqualTo("list");
        assertThat(call.nameRange()).isEqualTo(line1(2, 6));
        assertThat(call.arguments()).hasSize(1);
        assertThat(call.arguments().get(0).asKeyword()).contains("string");
        assertThat(expr("\"list(\"").asCall()).isEmpty();
    }

    @Test
    void typeConstraintsCanBeWrittenAsJsonStrings() {
        Diagnostics diags = new Diagnostics();
        Type t = io.jenkins.plugins.packer.engine.hcl.typeexpr.TypeConstraint.parse(
                expr("\"map(object({a = list(string), b = optional(number)}))\""), diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(t).isInstanceOf(Type.MapType.class);
        assertThat(((Type.MapType) t).element().toString()).isEqualTo("object({a=list(string), b=optional(number)})");
    }
}
