package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fail;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.numbers;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.nul;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.tuple;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumericFunctionsTest {

    @Test
    void abs() {
        assertThat(call("abs", num(23))).isEqualTo(num(23));
        assertThat(call("abs", num(0))).isEqualTo(num(0));
        assertThat(call("abs", num("-12.4"))).isEqualTo(num("12.4"));
        assertThat(call("abs", str("-3"))).isEqualTo(num(3));
        assertThat(call("abs", secret(num(-1)))).isEqualTo(secret(num(1)));
        assertThat(call("abs", unknown(Type.NUMBER))).isEqualTo(unknown(Type.NUMBER));
        assertThat(call("abs", Value.DYNAMIC)).isEqualTo(unknown(Type.NUMBER));
    }

    @Test
    void absRejectsNullAndNonNumbers() {
        FunctionException e = fail("abs", nul(Type.NUMBER));
        assertThat(e).hasMessage("argument must not be null");
        assertThat(e.argumentIndex()).isZero();
        assertThat(fail("abs", str("x"))).hasMessage("a number is required");
    }

    @Test
    void ceilAndFloorAreExactEvenForLargeNumbers() {
        assertThat(call("ceil", num(5))).isEqualTo(num(5));
        assertThat(call("ceil", num("5.1"))).isEqualTo(num(6));
        assertThat(call("ceil", num("-5.1"))).isEqualTo(num(-5));
        assertThat(call("floor", num(5))).isEqualTo(num(5));
        assertThat(call("floor", num("4.9"))).isEqualTo(num(4));
        assertThat(call("floor", num("-5.1"))).isEqualTo(num(-6));
        assertThat(call("ceil", num("1e30"))).isEqualTo(num("1e30"));
        assertThat(call("floor", num("1e999999"))).isEqualTo(num("1e999999"));
        assertThat(call("floor", secret(num("1.5")))).isEqualTo(secret(num(1)));
    }

    @Test
    void logAndPowComputeInFloat64() {
        assertThat(call("log", num(50), num(10))).isEqualTo(num("1.6989700043360185"));
        assertThat(call("log", num(16), num(2))).isEqualTo(num(4));
        assertThat(call("log", num(1), num(10))).isEqualTo(num(0));
        assertThat(call("pow", num(3), num(2))).isEqualTo(num(9));
        assertThat(call("pow", num(4), num(0))).isEqualTo(num(1));
        assertThat(call("pow", num(2), num("0.5"))).isEqualTo(num("1.4142135623730951"));
        assertThat(call("pow", num("1.1"), num(3))).isEqualTo(num("1.3310000000000004"));
        assertThat(call("pow", num(10), num(20))).isEqualTo(num("1e20"));
    }

    @Test
    void infiniteOrNaNResultsAreErrors() {
        assertThat(fail("log", num(0), num(10))).hasMessageContaining("-Inf");
        assertThat(fail("pow", num(0), num(-1))).hasMessageContaining("+Inf");
        assertThat(fail("log", num(-1), num(10))).hasMessageContaining("NaN");
    }

    @Test
    void maxAndMin() {
        assertThat(call("max", num(12), num(54), num(3))).isEqualTo(num(54));
        assertThat(call("min", num(12), num(54), num(3))).isEqualTo(num(3));
        assertThat(call("max", num("-1.5"))).isEqualTo(num("-1.5"));
        assertThat(call("max", str("7"), num(3))).isEqualTo(num(7));
        assertThat(fail("max")).hasMessage("must pass at least one number");
        assertThat(fail("min").argumentIndex()).isEqualTo(-1);
        assertThat(call("min", num(1), unknown(Type.NUMBER))).isEqualTo(unknown(Type.NUMBER));
        assertThat(call("max", num(1), secret(num(2)))).isEqualTo(secret(num(2)));
        FunctionException e = fail("max", num(1), nul(Type.NUMBER));
        assertThat(e.argumentIndex()).isEqualTo(1);
    }

    @Test
    void parseint() {
        assertThat(call("parseint", str("100"), num(10))).isEqualTo(num(100));
        assertThat(call("parseint", str("FF"), num(16))).isEqualTo(num(255));
        assertThat(call("parseint", str("-10"), num(16))).isEqualTo(num(-16));
        assertThat(call("parseint", str("1011111011101111"), num(2))).isEqualTo(num(48879));
        assertThat(call("parseint", str("aA"), num(62))).isEqualTo(num(656));
        assertThat(call("parseint", str("zz"), num(36))).isEqualTo(num(1295));
        assertThat(call("parseint", str("+7"), num(8))).isEqualTo(num(7));
        assertThat(call("parseint", str("123456789012345678901234567890"), num(10)))
                .isEqualTo(num("123456789012345678901234567890"));
    }

    @Test
    void parseintErrors() {
        FunctionException e = fail("parseint", str("12"), num(2));
        assertThat(e).hasMessage("cannot parse \"12\" as a base 2 integer");
        assertThat(e.argumentIndex()).isZero();
        assertThat(fail("parseint", str("12.5"), num(10))).hasMessage("cannot parse \"12.5\" as a base 10 integer");
        assertThat(fail("parseint", str(""), num(10))).hasMessage("cannot parse \"\" as a base 10 integer");
        e = fail("parseint", str("10"), num(1));
        assertThat(e).hasMessage("base must be a whole number between 2 and 62 inclusive");
        assertThat(e.argumentIndex()).isEqualTo(1);
        assertThat(fail("parseint", str("10"), num(63)).argumentIndex()).isEqualTo(1);
        e = fail("parseint", num(12), num(10));
        assertThat(e).hasMessage("first argument must be a string, not number");
        assertThat(e.argumentIndex()).isZero();
    }

    @Test
    void parseintKeepsSecretsOutOfMessagesAndMarksResult() {
        assertThat(fail("parseint", secret("xyz"), num(10)))
                .hasMessage("cannot parse (sensitive value) as a base 10 integer");
        assertThat(call("parseint", secret("11"), num(2))).isEqualTo(secret(num(3)));
        assertThat(call("parseint", unknown(Type.STRING), num(2))).isEqualTo(unknown(Type.NUMBER));
    }

    @Test
    void signumRequiresWholeNumbersAsGoCtyDoes() {
        assertThat(call("signum", num(-13))).isEqualTo(num(-1));
        assertThat(call("signum", num(0))).isEqualTo(num(0));
        assertThat(call("signum", num(344))).isEqualTo(num(1));
        FunctionException e = fail("signum", num("0.5"));
        assertThat(e).hasMessage(
                "value must be a whole number, between -9223372036854775808 and 9223372036854775807");
        assertThat(e.argumentIndex()).isEqualTo(-1);
    }

    @Test
    void sum() {
        assertThat(call("sum", tuple(num(10), num(13), num(6), num("4.5")))).isEqualTo(num("33.5"));
        assertThat(call("sum", numbers(1, 2, 3))).isEqualTo(num(6));
        assertThat(call("sum", tuple(str("1"), num(2)))).isEqualTo(num(3));
        assertThat(call("sum", Value.set(Type.NUMBER, java.util.List.of(num(5), num(2))))).isEqualTo(num(7));
        assertThat(call("sum", tuple(num("0.1"), num("0.2")))).isEqualTo(num("0.3"));
        assertThat(call("sum", tuple(num(1), unknown(Type.NUMBER)))).isEqualTo(unknown(Type.NUMBER));
        assertThat(call("sum", tuple(num(1), secret(num(2))))).isEqualTo(secret(num(3)));
    }

    @Test
    void sumErrors() {
        assertThat(fail("sum", str("x"))).hasMessage("cannot sum noniterable");
        assertThat(fail("sum", Value.EMPTY_TUPLE)).hasMessage("cannot sum an empty list");
        assertThat(fail("sum", Value.map(Type.NUMBER, Map.of("a", num(1)))))
                .hasMessage("argument must be list, set, or tuple. Received map of number");
        assertThat(fail("sum", tuple(num(1), str("a"))))
                .hasMessage("argument must be list, set, or tuple of number values");
        assertThat(fail("sum", tuple(num(1), nul(Type.NUMBER))))
                .hasMessage("argument must be list, set, or tuple of number values");
        assertThat(fail("sum", nul(Type.list(Type.NUMBER)))).hasMessage("argument must not be null");
    }

    @Test
    void unknownListGivesUnknownSum() {
        assertThat(call("sum", unknown(Type.list(Type.NUMBER)))).isEqualTo(unknown(Type.NUMBER));
        assertThat(call("sum", secret(numbers(1, 2))).marks()).containsExactly(Mark.SENSITIVE);
    }
}
