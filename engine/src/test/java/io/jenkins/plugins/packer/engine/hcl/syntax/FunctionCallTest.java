package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Function calls: lookup, argument counts, expansion, function errors, unevaluated-argument functions. */
class FunctionCallTest {

    private static final EvalContext CTX = EvalContext.of(
            Map.of("nums", Value.tuple(List.of(Value.number(1), Value.number(2))), "s", Value.string("x")),
            TestFunctions.all());

    private static Value ev(String src, Diagnostics d) {
        return Hcl.eval(src, CTX, d);
    }

    @Test
    void callsAndExpansion() {
        Diagnostics d = new Diagnostics();
        assertThat(ev("upper(\"abc\")", d)).isEqualTo(Value.string("ABC"));
        assertThat(ev("sum(1, 2, 3)", d)).isEqualTo(Value.number(6));
        assertThat(ev("sum(10, nums...)", d)).isEqualTo(Value.number(13));
        assertThat(ev("sum(nums...)", d)).isEqualTo(Value.number(3));
        assertThat(ev("sum(\n  1,\n  2,\n)", d)).isEqualTo(Value.number(3));
        assertThat(ev("first_ok(nope, s)", d)).isEqualTo(Value.string("x"));
        assertThat(d.asList()).isEmpty();
    }

    @Test
    void unknownFunctionWithSuggestion() {
        Diagnostics d = new Diagnostics();
        assertThat(ev("uper(s)", d)).isEqualTo(Value.DYNAMIC);
        assertThat(Hcl.brief(d)).containsExactly("Call to unknown function@1,1-1,5");
        assertThat(d.asList().get(0).detail()).isEqualTo("There is no function named \"uper\". Did you mean \"upper\"?");
        assertThat(d.asList().get(0).context().end().column()).isEqualTo(8);
        Diagnostics d2 = new Diagnostics();
        ev("zzzzzz()", d2);
        assertThat(d2.asList().get(0).detail()).isEqualTo("There is no function named \"zzzzzz\".");
    }

    @Test
    void functionsNotAllowed() {
        Diagnostics d = new Diagnostics();
        Hcl.eval("upper(\"a\")", EvalContext.empty(), d);
        assertThat(Hcl.brief(d)).containsExactly("Function calls not allowed@1,1-1,11");
        assertThat(d.asList().get(0).detail()).isEqualTo("Functions may not be called here.");
    }

    @Test
    void argumentCounts() {
        Diagnostics d = new Diagnostics();
        ev("upper()", d);
        ev("upper(\"a\", \"b\")", d);
        ev("sum()", d);
        assertThat(Hcl.brief(d)).containsExactly("Not enough function arguments@1,7-1,8",
                "Too many function arguments@1,13-1,14", "Not enough function arguments@1,5-1,6");
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly(
                "Function \"upper\" expects 1 argument(s). Missing value for \"str\".",
                "Function \"upper\" expects only 1 argument(s).",
                "Function \"sum\" expects at least 1 argument(s). Missing value for \"first\".");
    }

    @Test
    void functionErrorsPointAtTheArgument() {
        Diagnostics d = new Diagnostics();
        ev("upper(\"bad\")", d);
        ev("boom()", d);
        ev("sum(1, null)", d);
        assertThat(Hcl.brief(d)).containsExactly("Invalid function argument@1,8-1,11",
                "Error in function call@1,1-1,6", "Invalid function argument@1,8-1,12");
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly(
                "Invalid value for \"str\" parameter: the word bad is not allowed.",
                "Call to function \"boom\" failed: it exploded.",
                "Invalid value for \"rest\" parameter: argument must not be null.");
    }

    @Test
    void invalidExpansion() {
        Diagnostics d = new Diagnostics();
        assertThat(ev("sum(s...)", d)).isEqualTo(Value.DYNAMIC);
        assertThat(Hcl.brief(d)).containsExactly("Invalid expanding argument value@1,5-1,6");
        Diagnostics d2 = new Diagnostics();
        assertThat(Hcl.eval("sum(u...)", EvalContext.of(Map.of("u", Value.unknown(Type.list(Type.NUMBER))),
                TestFunctions.all()), d2)).isEqualTo(Value.DYNAMIC);
        assertThat(d2.asList()).isEmpty();
    }

    @Test
    void argumentErrorsStopTheCall() {
        Diagnostics d = new Diagnostics();
        assertThat(ev("upper(nope)", d)).isEqualTo(Value.DYNAMIC);
        assertThat(Hcl.brief(d)).containsExactly("Unknown variable@1,7-1,11");
    }

    @Test
    void namespacedFunctionNamesParse() {
        Diagnostics d = new Diagnostics();
        ev("provider::x::f(1)", d);
        assertThat(d.asList().get(0).detail()).isEqualTo("There are no functions in namespace \"provider::x::\".");
        assertThat(d.asList().get(0).subject().end().column()).isEqualTo(15);
        EvalContext ns = EvalContext.of(Map.of(), Map.of("core::upper", TestFunctions.UPPER));
        Diagnostics d2 = new Diagnostics();
        Hcl.eval("core::uper(\"a\")", ns, d2);
        assertThat(d2.asList().get(0).detail())
                .isEqualTo("There is no function named \"uper\" in namespace core::. Did you mean core::upper?");
        Diagnostics d3 = new Diagnostics();
        assertThat(Hcl.eval("core::upper(\"a\")", ns, d3)).isEqualTo(Value.string("A"));
        assertThat(d3.asList()).isEmpty();
    }
}
