package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.bool;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fail;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.nul;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.object;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.strings;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.tuple;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** format and formatlist; expected strings were checked against packer console where it has them. */
class FormatFunctionsTest {

    private static String format(String f, Value... args) {
        Value[] all = new Value[args.length + 1];
        all[0] = str(f);
        System.arraycopy(args, 0, all, 1, args.length);
        return call("format", all).asString();
    }

    private static String formatError(String f, Value... args) {
        Value[] all = new Value[args.length + 1];
        all[0] = str(f);
        System.arraycopy(args, 0, all, 1, args.length);
        FunctionException e = fail("format", all);
        assertThat(e.argumentIndex()).isEqualTo(-1);
        return e.getMessage();
    }

    @Test
    void documentedExamples() {
        assertThat(format("Hello, %s!", str("Ander"))).isEqualTo("Hello, Ander!");
        assertThat(format("There are %d lights", num(4))).isEqualTo("There are 4 lights");
        assertThat(format("%-5s|", str("ab"))).isEqualTo("ab   |");
    }

    @Test
    void verbsFlagsWidthsAndPrecisions() {
        assertThat(format("%5.2f|%-5d|%q|%v|%#v", num("3.14159"), num(42), str("hi"), Value.TRUE,
                object("a", num(1)))).isEqualTo(" 3.14|42   |\"hi\"|true|{\"a\":1}");
        assertThat(format("%.2s|%5s|%-5s|%05d|%+d|% d|%x|%X|%o|%b|%e|%E|%g|%G", str("hello"), str("ab"),
                str("ab"), num(42), num(5), num(5), num(255), num(255), num(8), num(5), num("12345.678"),
                num("12345.678"), num("0.000001234"), num("1e21")))
                .isEqualTo("he|   ab|ab   |00042|+5| 5|ff|FF|10|101|1.234568e+04|1.234568E+04|1.234e-06|1E+21");
        assertThat(format("%f %.3f %10.1f", num(1), num("2.5"), num("-3.25"))).isEqualTo("1.000000 2.500       -3.2");
        assertThat(format("%v %v", num("1e30"), num("0.1"))).isEqualTo("1e+30 0.1");
        assertThat(format("%d", num("1e30"))).isEqualTo("1000000000000000000000000000000");
        assertThat(format("%#x %#o", num(255), num(8))).isEqualTo("0xff 010");
        assertThat(format("%v|%g|%.3g|%.10g|%e|%.0f|%.0e", num(1234567), num(100000), num("12345.678"),
                num("0.1"), num(0), num("2.5"), num(12345))).isEqualTo("1.234567e+06|100000|1.23e+04|0.1|0.000000e+00|2|1e+04");
        assertThat(format("%08.3f|%-8.2f|%+.1e|%x|%d|%05d|%-05d|%05s|%-05s", num("-3.14159"), num("2.5"),
                num(12345), num(-255), num(-7), num(-42), num(42), str("ab"), str("ab")))
                .isEqualTo("-003.142|2.50    |+1.2e+04|-ff|-7|-0042|42   |000ab|ab000");
        assertThat(format("%.3d|%.0d|%8.3x|%#b", num(5), num(0), num(255), num(5))).isEqualTo("005||     0ff|0b101");
        assertThat(format("%6.2v|%5t|%#v", num("3.14159"), Value.TRUE, num("1.5"))).isEqualTo("3.14159|true|1.5");
    }

    @Test
    void moreCasesCheckedWithPackerConsole() {
        assertThat(format("%#v|%v|%s|%5.1s|%-4q|", num("1e30"), Value.TRUE, num("1.5"), str("héllo"), str("a")))
                .isEqualTo("1000000000000000000000000000000|true|1.5|    h|\"a\" |");
        assertThat(format("%x|%o|%b", num(-10), num(-10), num(-10))).isEqualTo("-a|-12|-1010");
        assertThat(format("%+05d|% 05d|%+.2e|%010.3f", num(42), num(42), num("-0.000123"), num("-3.14159")))
                .isEqualTo("+0042| 0042|-1.23e-04|-00003.142");
        assertThat(format("%08v|%-8v|%8v", num("1.5"), str("x"), tuple(num(1)))).isEqualTo("000001.5|x       |     [1]");
        assertThat(format("%e|%g|%G", num(123456789), num(123456789), num("0.00001")))
                .isEqualTo("1.234568e+08|1.23456789e+08|1E-05");
        assertThat(format("%.3e|%.0g|%.1g|%g", num("1.2345"), num(15), num("0.00015"), num("1e-5")))
                .isEqualTo("1.234e+00|2e+01|0.0002|1e-05");
    }

    @Test
    void roundingFollowsTheBinaryValueAsGoDoes() {
        assertThat(format("%.2f %.1f %.0f %.0f", num("2.675"), num("0.25"), num("0.5"), num("1.5")))
                .isEqualTo("2.67 0.2 0 2");
    }

    @Test
    void conversionsOfArguments() {
        assertThat(format("%t %t", Value.TRUE, str("false"))).isEqualTo("true false");
        assertThat(format("%d", str("12"))).isEqualTo("12");
        assertThat(format("%q", num(12))).isEqualTo("\"12\"");
        assertThat(format("%s", bool(true))).isEqualTo("true");
        assertThat(format("%#v", str("x"))).isEqualTo("\"x\"");
        assertThat(format("%v", tuple(num(1), str("a")))).isEqualTo("[1,\"a\"]");
        assertThat(format("%v", object("b", tuple(Value.TRUE, Value.NULL), "a", str("x"))))
                .isEqualTo("{\"a\":\"x\",\"b\":[true,null]}");
        assertThat(format("%q", str("<a&b>\n\t\""))).isEqualTo("\"\\u003ca\\u0026b\\u003e\\n\\t\\\"\"");
        assertThat(format("%v", Value.NULL)).isEqualTo("null");
    }

    @Test
    void argumentIndexes() {
        assertThat(format("%[2]s %[1]s %s", str("a"), str("b"))).isEqualTo("b a b");
        assertThat(format("%[1]s %[1]s", str("x"))).isEqualTo("x x");
        assertThat(format("100%% %s", str("done"))).isEqualTo("100% done");
    }

    @Test
    void widthCountsCharactersNotBytes() {
        assertThat(format("%3s|%-3s|", str("é"), str("🤔"))).isEqualTo("  é|🤔  |");
        assertThat(format("%.1s", str("🤔🤷"))).isEqualTo("🤔");
    }

    @Test
    void errors() {
        assertThat(formatError("%d", num("1.5"))).isEqualTo("unsupported value for \"%d\" at 0: an integer is required");
        assertThat(formatError("%s")).isEqualTo("not enough arguments for \"%s\" at 0: need index 1 but have 0 total");
        assertThat(formatError("%z", num(1))).isEqualTo("unsupported format verb 'z' in \"%z\" at offset 0");
        assertThat(formatError("%*d", num(5), num(3))).isEqualTo("unrecognized format character '*' at offset 1");
        assertThat(formatError("%[2]s %s %[1]s %s", str("a"), str("b")))
                .isEqualTo("not enough arguments for \"%s\" at 6: need index 3 but have 2 total");
        assertThat(formatError("%.", num(1))).isEqualTo("invalid format string starting at offset 2");
        assertThat(formatError("100%")).isEqualTo("invalid format string starting at offset 4");
        assertThat(formatError("é%")).isEqualTo("invalid format string starting at offset 3");
        assertThat(formatError("%[0]s", num(1))).isEqualTo("unrecognized format character '0' at offset 2");
        assertThat(formatError("%s", Value.NULL))
                .isEqualTo("unsupported value for \"%s\" at 0: null value cannot be formatted");
        assertThat(formatError("%d", str("x"))).isEqualTo("unsupported value for \"%d\" at 0: a number is required");
        assertThat(formatError("%s", tuple(str("x")))).isEqualTo("unsupported value for \"%s\" at 0: string required");
    }

    @Test
    void unknownAndSensitiveArguments() {
        assertThat(call("format", str("%s"), unknown(Type.STRING))).isEqualTo(unknown(Type.STRING));
        assertThat(call("format", str("%v"), tuple(unknown(Type.STRING)))).isEqualTo(unknown(Type.STRING));
        assertThat(call("format", str("a%sb"), secret("x"))).isEqualTo(secret("axb"));
        assertThat(call("format", unknown(Type.STRING), str("x"))).isEqualTo(unknown(Type.STRING));
        assertThat(fail("format", nul(Type.STRING)).argumentIndex()).isZero();
    }

    @Test
    void formatlist() {
        assertThat(call("formatlist", str("Hello, %s!"), strings("Valentina", "Ander", "Olivia", "Sam")))
                .isEqualTo(strings("Hello, Valentina!", "Hello, Ander!", "Hello, Olivia!", "Hello, Sam!"));
        assertThat(call("formatlist", str("%s, %s!"), str("Salutations"), strings("Valentina", "Ander")))
                .isEqualTo(strings("Salutations, Valentina!", "Salutations, Ander!"));
        assertThat(call("formatlist", str("%s=%d"), strings("a", "b"), tuple(num(1), num(2))))
                .isEqualTo(strings("a=1", "b=2"));
        assertThat(call("formatlist", str("%s"), Value.EMPTY_TUPLE)).isEqualTo(strings());
        assertThat(call("formatlist", str("x"))).isEqualTo(strings("x"));
        assertThat(call("formatlist", str("%s"), str("one"))).isEqualTo(strings("one"));
    }

    @Test
    void formatlistErrors() {
        FunctionException e = fail("formatlist", str("%s %s"), strings("a"), strings("b", "c"));
        assertThat(e).hasMessage("argument 2 has length 2, which is inconsistent with argument 1 of length 1");
        assertThat(e.argumentIndex()).isEqualTo(2);
        e = fail("formatlist", str("%d"), strings("1", "x"));
        assertThat(e).hasMessage("error on format iteration 1: unsupported value for \"%d\" at 0: a number is required");
    }

    @Test
    void formatlistWithUnknowns() {
        assertThat(call("formatlist", str("%s"), unknown(Type.list(Type.STRING))))
                .isEqualTo(unknown(Type.list(Type.STRING)));
        assertThat(call("formatlist", str("%s"), tuple(str("a"), unknown(Type.STRING))))
                .isEqualTo(Value.list(Type.STRING, List.of(str("a"), unknown(Type.STRING))));
        assertThat(call("formatlist", str("%s-%s"), strings("a", "b"), unknown(Type.STRING)))
                .isEqualTo(Value.list(Type.STRING, List.of(unknown(Type.STRING), unknown(Type.STRING))));
        assertThat(call("formatlist", str("%s"), secret(strings("a")))).isEqualTo(secret(strings("a")));
    }
}
