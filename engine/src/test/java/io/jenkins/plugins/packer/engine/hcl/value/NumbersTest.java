package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expected texts were produced by packer 1.6.6 ({@code "x${EXPR}"} in packer console), i.e. go-cty. */
class NumbersTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static String text(BigDecimal d) {
        return Numbers.toText(d);
    }

    @Test
    void divisionIsRoundedTo512BitsAndPrintedShortest() {
        assertThat(text(Numbers.divide(n("1"), n("3")))).isEqualTo("0."
                + "3".repeat(154) + "5");
        assertThat(text(Numbers.divide(n("2"), n("3")))).isEqualTo("0." + "6".repeat(153) + "7");
        assertThat(text(Numbers.divide(n("10"), n("3")))).isEqualTo("3." + "3".repeat(153) + "2");
        assertThat(text(Numbers.divide(n("1"), n("7"))))
                .isEqualTo("0." + "142857".repeat(25) + "14285");
        assertThat(text(Numbers.divide(n("10"), n("4")))).isEqualTo("2.5");
    }

    @Test
    void arithmeticOnRoundedValuesMatchesCty() {
        BigDecimal third = Numbers.divide(n("1"), n("3"));
        assertThat(text(Numbers.multiply(third, n("3")))).isEqualTo("1");
        assertThat(text(Numbers.add(third, third))).isEqualTo("0." + "6".repeat(153) + "7");
        assertThat(text(Numbers.subtract(third, third))).isEqualTo("0");
        assertThat(text(Numbers.multiply(third, third))).isEqualTo("0." + "1".repeat(155) + "5");
        assertThat(text(Numbers.add(n("0.1"), n("0.2")))).isEqualTo("0.3");
        assertThat(text(Numbers.multiply(n("1.1"), n("1.1")))).isEqualTo("1.21" + "0".repeat(151) + "1");
        assertThat(text(Numbers.subtract(n("2"), n("1.1")))).isEqualTo("0.9");
        BigDecimal seventh = Numbers.divide(n("1"), n("49"));
        assertThat(Numbers.multiply(seventh, n("49"))).isEqualByComparingTo("1");
    }

    @Test
    void moduloFollowsCty() {
        assertThat(text(Numbers.modulo(n("5"), n("3")))).isEqualTo("2");
        assertThat(text(Numbers.modulo(n("-5"), n("3")))).isEqualTo("-2");
        assertThat(text(Numbers.modulo(n("5"), n("-3")))).isEqualTo("2");
        assertThat(text(Numbers.modulo(n("5.5"), n("2")))).isEqualTo("1.5");
        assertThat(text(Numbers.modulo(n("5.5"), n("-2")))).isEqualTo("1.5");
        assertThat(text(Numbers.modulo(n("-7.5"), n("2")))).isEqualTo("-1.5");
        assertThat(text(Numbers.modulo(n("7"), n("2.5")))).isEqualTo("2");
        assertThat(text(Numbers.modulo(n("5"), n("0")))).isEqualTo("5");
        // Current cty multiplies back at the dividend's 512-bit precision (Modulo copies the dividend before
        // SetInt); hashicorp/hcl's spec suite (expressions/operators.t) expects exactly this for 11 % 5.1.
        // Packer 1.6.6's older cty used max(bits(q), 64) and gave 0.8000000000000000002 here.
        assertThat(text(Numbers.modulo(n("11"), n("5.1")))).isEqualTo("0.8" + "0".repeat(152) + "24");
        assertThat(text(Numbers.modulo(n("1e300"), n("7")))).isEqualTo("0");
    }

    @Test
    void textIsPlainDecimal() {
        assertThat(text(n("1e30"))).isEqualTo("1000000000000000000000000000000");
        assertThat(text(n("1.5e-7"))).isEqualTo("0.00000015");
        assertThat(text(n("100.000"))).isEqualTo("100");
        assertThat(text(n("-0.0"))).isEqualTo("0");
    }

    @Test
    void longNumbersAreRoundedToCtyPrecision() {
        String digits = "1." + "1".repeat(200);
        assertThat(Numbers.canonical(n(digits)).precision()).isLessThanOrEqualTo(156);
        assertThat(Numbers.canonical(n("0.1"))).isEqualTo(n("0.1"));
        assertThat(Numbers.canonical(n("1200"))).isEqualByComparingTo("1200");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(10)
    void hugeExponentsStayCheap() {
        // found by fuzzing: "66e666666 - 0" built a number with 666 million digits to align the operands
        assertThat(Numbers.subtract(n("66e666666"), n("0"))).isEqualByComparingTo(n("66e666666"));
        assertThat(Numbers.add(n("1e66666666"), n("1"))).isEqualByComparingTo(n("1e66666666"));
        assertThat(Numbers.multiply(n("1e66666666"), n("3"))).isEqualByComparingTo(n("3e66666666"));
        assertThat(Numbers.modulo(n("7"), n("1e666666"))).isEqualByComparingTo(n("7"));
        assertThat(Numbers.modulo(n("1e666666"), n("7")).abs()).isLessThan(n("7"));
        assertThat(Numbers.toText(n("1e66666666"))).isEqualTo("1E+66666666");
        assertThat(Numbers.toText(n("1e-66666666"))).isEqualTo("1E-66666666");
        assertThat(Numbers.toText(n("1e5"))).isEqualTo("100000");
    }
}
