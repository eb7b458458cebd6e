package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fn;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.numbers;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.tuple;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.ExpressionFunction;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** try, can and convert, which receive their arguments unevaluated. */
class TryCanConvertTest {

    private final Diagnostics diags = new Diagnostics();

    private Value call(String name, Expression... args) {
        assertThat(fn(name)).isInstanceOf(ExpressionFunction.class);
        return ((ExpressionFunction) fn(name)).callWithExpressions(List.of(args), EvalContext.empty(), diags);
    }

    @Test
    void tryReturnsFirstSuccessfulValueAndDropsDiagnostics() {
        FakeExpr bad = FakeExpr.failing("Unsupported attribute", "This object has no attribute \"x\".", 5);
        FakeExpr good = FakeExpr.of(str("fallback"), 9);
        FakeExpr never = FakeExpr.of(str("never"), 20);
        assertThat(call("try", bad, good, never)).isEqualTo(str("fallback"));
        assertThat(diags.isEmpty()).isTrue();
        assertThat(never.evaluations).isZero();
        assertThat(call("try", FakeExpr.of(secret("s"), 1))).isEqualTo(secret("s"));
    }

    @Test
    void tryIsUnknownWhenTheFirstSuccessIsNotWhollyKnown() {
        assertThat(call("try", FakeExpr.of(tuple(unknown(Type.STRING)), 1), FakeExpr.of(str("x"), 5)))
                .isEqualTo(Value.DYNAMIC);
        assertThat(call("try", FakeExpr.failing("E", "d", 1), FakeExpr.of(unknown(Type.STRING), 5)))
                .isEqualTo(Value.DYNAMIC);
        assertThat(diags.isEmpty()).isTrue();
    }

    @Test
    void tryReportsAllFailuresWhenNothingSucceeds() {
        Value v = call("try", FakeExpr.failing("Invalid index", "The given key does not identify an element.", 5),
                FakeExpr.failing("Unsupported attribute", "No attribute \"x\".", 9));
        assertThat(v).isEqualTo(Value.DYNAMIC);
        assertThat(diags.size()).isEqualTo(1);
        Diagnostic d = diags.asList().get(0);
        assertThat(d.isError()).isTrue();
        assertThat(d.summary()).isEqualTo("Error in function call");
        assertThat(d.detail()).isEqualTo("Call to function \"try\" failed: no expression succeeded:\n"
                + "- Invalid index (at t.pkr.hcl:1,5-6)\n  The given key does not identify an element.\n"
                + "- Unsupported attribute (at t.pkr.hcl:1,9-10)\n  No attribute \"x\".\n"
                + "\nAt least one expression must produce a successful result.");
        assertThat(d.subject().toString()).isEqualTo("t.pkr.hcl:1,5-10");
    }

    @Test
    void tryNeedsAnArgument() {
        assertThat(call("try")).isEqualTo(Value.DYNAMIC);
        assertThat(diags.asList().get(0).detail())
                .isEqualTo("Call to function \"try\" failed: at least one argument is required.");
    }

    @Test
    void can() {
        assertThat(call("can", FakeExpr.of(str("x"), 1))).isEqualTo(Value.TRUE);
        assertThat(call("can", FakeExpr.failing("Invalid index", "no", 1))).isEqualTo(Value.FALSE);
        assertThat(call("can", FakeExpr.of(tuple(unknown(Type.NUMBER)), 1))).isEqualTo(Value.unknown(Type.BOOL));
        assertThat(call("can", FakeExpr.of(secret("x"), 1))).isEqualTo(Value.TRUE);
        assertThat(diags.isEmpty()).isTrue();
    }

    @Test
    void convertToATypeExpression() {
        Expression listOfNumber = FakeExpr.call("list", 12, FakeExpr.keyword("number", 17));
        assertThat(call("convert", FakeExpr.of(tuple(str("1"), num(2)), 9), listOfNumber)).isEqualTo(numbers(1, 2));
        assertThat(call("convert", FakeExpr.of(num(5), 9), FakeExpr.keyword("string", 12))).isEqualTo(str("5"));
        assertThat(call("convert", FakeExpr.of(Value.NULL, 9), FakeExpr.keyword("string", 12)))
                .isEqualTo(Value.nullOf(Type.STRING));
        assertThat(call("convert", FakeExpr.of(unknown(Type.NUMBER), 9), FakeExpr.keyword("string", 12)))
                .isEqualTo(unknown(Type.STRING));
        assertThat(call("convert", FakeExpr.of(secret(num(5)), 9), FakeExpr.keyword("string", 12)))
                .isEqualTo(secret("5"));
        assertThat(call("convert", FakeExpr.of(str("x"), 9), FakeExpr.keyword("any", 12))).isEqualTo(str("x"));
        assertThat(diags.isEmpty()).isTrue();
    }

    @Test
    void convertFailuresPointAtTheValue() {
        Value v = call("convert", FakeExpr.of(str("x"), 9), FakeExpr.keyword("number", 12));
        assertThat(v).isEqualTo(Value.DYNAMIC);
        Diagnostic d = diags.asList().get(0);
        assertThat(d.summary()).isEqualTo("Invalid function argument");
        assertThat(d.detail()).isEqualTo("Invalid value for \"value\" parameter: a number is required.");
        assertThat(d.subject().toString()).isEqualTo("t.pkr.hcl:1,9-10");
    }

    @Test
    void convertReportsInvalidTypeExpressions() {
        Value v = call("convert", FakeExpr.of(str("x"), 9), FakeExpr.keyword("strin", 12));
        assertThat(v).isEqualTo(Value.DYNAMIC);
        assertThat(diags.hasErrors()).isTrue();
        assertThat(diags.asList().get(0).summary()).isEqualTo("Invalid type specification");
    }
}
