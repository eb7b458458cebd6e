package io.jenkins.plugins.packer.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.gotemplate.GoNumbers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Go's strconv parsing and float formatting as weak decoding uses them. */
class GoStrconvTest {

    @Test
    void parseIntWithBasePrefixesAndUnderscores() {
        assertThat(GoStrconv.parseInt("2048", 64)).isEqualTo(2048);
        assertThat(GoStrconv.parseInt("-0x1F", 64)).isEqualTo(-31);
        assertThat(GoStrconv.parseInt("010", 64)).isEqualTo(8);
        assertThat(GoStrconv.parseInt("0o17", 64)).isEqualTo(15);
        assertThat(GoStrconv.parseInt("0b101", 64)).isEqualTo(5);
        assertThat(GoStrconv.parseInt("1_000", 64)).isEqualTo(1000);
        assertThat(GoStrconv.parseInt("+7", 64)).isEqualTo(7);
        assertThat(GoStrconv.parseInt("0", 64)).isZero();
        for (String bad : List.of("", "abc", "1.5", "09", "1__0", "_1", "0x", "--1", " 1")) {
            assertThatThrownBy(() -> GoStrconv.parseInt(bad, 64)).as(bad)
                    .hasMessage("strconv.ParseInt: parsing " + GoQuote.quote(bad) + ": invalid syntax");
        }
        assertThatThrownBy(() -> GoStrconv.parseInt("9223372036854775808", 64))
                .hasMessage("strconv.ParseInt: parsing \"9223372036854775808\": value out of range");
        assertThatThrownBy(() -> GoStrconv.parseInt("2147483648", 32)).hasMessageEndingWith("value out of range");
    }

    @Test
    void parseBoolAcceptsGosSpellingsOnly() {
        for (String t : List.of("1", "t", "T", "TRUE", "true", "True")) {
            assertThat(GoStrconv.parseBool(t)).isTrue();
        }
        for (String f : List.of("0", "f", "F", "FALSE", "false", "False")) {
            assertThat(GoStrconv.parseBool(f)).isFalse();
        }
        assertThatThrownBy(() -> GoStrconv.parseBool("yes"))
                .hasMessage("strconv.ParseBool: parsing \"yes\": invalid syntax");
    }

    @Test
    void parseFloat() {
        assertThat(GoStrconv.parseFloat("1.5")).isEqualTo(1.5);
        assertThat(GoStrconv.parseFloat(".5e1")).isEqualTo(5.0);
        assertThat(GoStrconv.parseFloat("0x1p-2")).isEqualTo(0.25);
        assertThat(GoStrconv.parseFloat("-Inf")).isInfinite();
        assertThat(GoStrconv.parseFloat("nan")).isNaN();
        assertThat(GoStrconv.parseFloat("1_0.5")).isEqualTo(10.5);
        assertThatThrownBy(() -> GoStrconv.parseFloat("1,5"))
                .hasMessage("strconv.ParseFloat: parsing \"1,5\": invalid syntax");
        assertThatThrownBy(() -> GoStrconv.parseFloat("1e400")).hasMessageEndingWith("value out of range");
    }

    @Test
    void floatsPrintAsGoPrintsThem() {
        assertThat(GoNumbers.formatG(5)).isEqualTo("5");
        assertThat(GoNumbers.formatG(123456)).isEqualTo("123456");
        assertThat(GoNumbers.formatG(1234567)).isEqualTo("1.234567e+06");
        assertThat(GoNumbers.formatG(0.0001)).isEqualTo("0.0001");
        assertThat(GoNumbers.formatG(0.00001)).isEqualTo("1e-05");
        assertThat(GoNumbers.formatG(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(GoNumbers.formatF(1e21)).isEqualTo("1000000000000000000000");
        assertThat(GoNumbers.formatF(-2.5e-7)).isEqualTo("-0.00000025");
        assertThat(GoNumbers.formatF(-0.0)).isEqualTo("-0");
    }

    @Test
    void goValuesInMessages() {
        assertThat(GoDecode.goValue(List.of("a", 1.0, Map.of("k", true)))).isEqualTo("[a 1 map[k:true]]");
        assertThat(GoDecode.goType(List.of())).isEqualTo("[]interface {}");
        assertThat(GoDecode.goKind(Map.of())).isEqualTo("map");
    }
}
