package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fail;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.nul;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.strings;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.tuple;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {

    @Test
    void chompRemovesAllTrailingNewlines() {
        assertThat(call("chomp", str("hello\n"))).isEqualTo(str("hello"));
        assertThat(call("chomp", str("hello\r\n"))).isEqualTo(str("hello"));
        assertThat(call("chomp", str("hello\n\n"))).isEqualTo(str("hello"));
        assertThat(call("chomp", str("a\nb\r\n\r"))).isEqualTo(str("a\nb"));
        assertThat(call("chomp", str("hello"))).isEqualTo(str("hello"));
    }

    @Test
    void startsEndsContains() {
        assertThat(call("endswith", str("hello world"), str("world"))).isEqualTo(Value.TRUE);
        assertThat(call("endswith", str("hello world"), str("hello"))).isEqualTo(Value.FALSE);
        assertThat(call("startswith", str("hello world"), str("hello"))).isEqualTo(Value.TRUE);
        assertThat(call("startswith", str("hello world"), str("world"))).isEqualTo(Value.FALSE);
        assertThat(call("strcontains", str("hello world"), str("wor"))).isEqualTo(Value.TRUE);
        assertThat(call("strcontains", str("hello world"), str("wod"))).isEqualTo(Value.FALSE);
    }

    @Test
    void startswithKnowsThatEveryStringStartsWithEmpty() {
        assertThat(call("startswith", unknown(Type.STRING), str(""))).isEqualTo(Value.TRUE);
        assertThat(call("startswith", unknown(Type.STRING), str("a"))).isEqualTo(unknown(Type.BOOL));
        assertThat(call("endswith", unknown(Type.STRING), str(""))).isEqualTo(unknown(Type.BOOL));
        assertThat(call("startswith", secret("hello"), str("he"))).isEqualTo(secret(Value.TRUE));
    }

    @Test
    void indentAddsSpacesToAllButFirstLine() {
        assertThat(call("indent", num(2), str("[\n  foo,\n  bar,\n]\n")))
                .isEqualTo(str("[\n    foo,\n    bar,\n  ]\n  "));
        assertThat(call("indent", num(0), str("a\nb"))).isEqualTo(str("a\nb"));
        assertThat(fail("indent", num("1.5"), str("a")).getMessage()).startsWith("value must be a whole number");
    }

    @Test
    void join() {
        assertThat(call("join", str(", "), strings("foo", "bar", "baz"))).isEqualTo(str("foo, bar, baz"));
        assertThat(call("join", str(", "), strings("foo"))).isEqualTo(str("foo"));
        assertThat(call("join", str("-"), strings("a"), strings("b", "c"))).isEqualTo(str("a-b-c"));
        assertThat(call("join", str("-"), tuple(str("a"), num(1), Value.TRUE))).isEqualTo(str("a-1-true"));
        assertThat(call("join", str(","), strings())).isEqualTo(str(""));
        assertThat(fail("join", str(","))).hasMessage("at least one list is required");
        assertThat(call("join", str(","), tuple(str("a"), unknown(Type.STRING)))).isEqualTo(unknown(Type.STRING));
        assertThat(call("join", str(","), tuple(str("a"), secret("b")))).isEqualTo(secret("a,b"));
    }

    @Test
    void joinRejectsNullElements() {
        FunctionException e = fail("join", str(","), tuple(str("a"), nul(Type.STRING)));
        assertThat(e).hasMessage("element 1 is null; cannot concatenate null values");
        assertThat(e.argumentIndex()).isEqualTo(1);
        e = fail("join", str(","), strings("x"), tuple(nul(Type.STRING)));
        assertThat(e).hasMessage("element 0 of list 2 is null; cannot concatenate null values");
        assertThat(e.argumentIndex()).isEqualTo(2);
        assertThat(fail("join", str(","), str("abc"))).hasMessage("list of string required");
    }

    @Test
    void upperAndLowerMapEachCharacter() {
        assertThat(call("lower", str("HELLO"))).isEqualTo(str("hello"));
        assertThat(call("lower", str("АЛЛО!"))).isEqualTo(str("алло!"));
        assertThat(call("upper", str("hello"))).isEqualTo(str("HELLO"));
        assertThat(call("upper", str("алло!"))).isEqualTo(str("АЛЛО!"));
        assertThat(call("upper", str("straße"))).isEqualTo(str("STRAßE"));
        assertThat(call("lower", str("İ"))).isEqualTo(str("i"));
        assertThat(call("upper", num(1))).isEqualTo(str("1"));
        assertThat(call("upper", Value.DYNAMIC)).isEqualTo(unknown(Type.STRING));
        assertThat(call("upper", secret("a"))).isEqualTo(secret("A"));
    }

    @Test
    void replaceIsPlainSubstringReplacement() {
        assertThat(call("replace", str("1 + 2 + 3"), str("+"), str("-"))).isEqualTo(str("1 - 2 - 3"));
        assertThat(call("replace", str("hello world"), str("world"), str("everybody")))
                .isEqualTo(str("hello everybody"));
        assertThat(call("replace", str("abc"), str("/b/"), str("x"))).isEqualTo(str("abc"));
        assertThat(call("replace", str("ab"), str(""), str("-"))).isEqualTo(str("-a-b-"));
    }

    @Test
    void split() {
        assertThat(call("split", str(","), str("foo,bar,baz"))).isEqualTo(strings("foo", "bar", "baz"));
        assertThat(call("split", str(","), str("foo"))).isEqualTo(strings("foo"));
        assertThat(call("split", str(","), str(""))).isEqualTo(strings(""));
        assertThat(call("split", str(""), str("ab"))).isEqualTo(strings("a", "b"));
        assertThat(call("split", str(", "), str("a, b, "))).isEqualTo(strings("a", "b", ""));
    }

    @Test
    void strrevReversesCharactersNotCodeUnits() {
        assertThat(call("strrev", str("hello"))).isEqualTo(str("olleh"));
        assertThat(call("strrev", str("a ☃"))).isEqualTo(str("☃ a"));
        assertThat(call("strrev", str("🤔x"))).isEqualTo(str("x🤔"));
        assertThat(call("strrev", str("e\u0301a"))).isEqualTo(str("ae\u0301"));
    }

    @Test
    void substr() {
        assertThat(call("substr", str("hello world"), num(1), num(4))).isEqualTo(str("ello"));
        assertThat(call("substr", str("🤔🤷"), num(0), num(1))).isEqualTo(str("🤔"));
        assertThat(call("substr", str("hello world"), num(-5), num(-1))).isEqualTo(str("world"));
        assertThat(call("substr", str("hello world"), num(6), num(10))).isEqualTo(str("world"));
        assertThat(call("substr", str("hello"), num(10), num(2))).isEqualTo(str(""));
        assertThat(call("substr", str("hello"), num(1), num(0))).isEqualTo(str(""));
        assertThat(call("substr", str("hello"), num(-3), num(0))).isEqualTo(str("llo"));
        assertThat(call("substr", str("hello"), num(-10), num(2))).isEqualTo(str("he"));
        assertThat(fail("substr", str("hello"), num("0.5"), num(1)).getMessage())
                .startsWith("value must be a whole number");
    }

    @Test
    void title() {
        assertThat(call("title", str("hello world"))).isEqualTo(str("Hello World"));
        assertThat(call("title", str("hello wORLD foo-bar"))).isEqualTo(str("Hello WORLD Foo-Bar"));
        assertThat(call("title", str("snake_case x1y"))).isEqualTo(str("Snake_case X1y"));
        assertThat(call("title", str("ǆemal ǈ"))).isEqualTo(str("ǅemal ǈ"));
    }

    @Test
    void trimFunctions() {
        assertThat(call("trim", str("?!hello?!"), str("!?"))).isEqualTo(str("hello"));
        assertThat(call("trim", str("foobar"), str("far"))).isEqualTo(str("oob"));
        assertThat(call("trim", str("   hello! world.!  "), str("! "))).isEqualTo(str("hello! world."));
        assertThat(call("trimprefix", str("helloworld"), str("hello"))).isEqualTo(str("world"));
        assertThat(call("trimprefix", str("helloworld"), str("cat"))).isEqualTo(str("helloworld"));
        assertThat(call("trimsuffix", str("helloworld"), str("world"))).isEqualTo(str("hello"));
        assertThat(call("trimsuffix", str("helloworld"), str("cat"))).isEqualTo(str("helloworld"));
        assertThat(call("trimspace", str("  hello\n\n"))).isEqualTo(str("hello"));
        assertThat(call("trimspace", str("\u00a0\u3000x\u2028"))).isEqualTo(str("x"));
    }

    @Test
    void nullUnknownAndSensitiveArguments() {
        assertThat(fail("trimspace", nul(Type.STRING))).hasMessage("argument must not be null");
        assertThat(call("title", unknown(Type.STRING))).isEqualTo(unknown(Type.STRING));
        assertThat(call("trimprefix", secret("secret-x"), str("secret-"))).isEqualTo(secret("x"));
        assertThat(call("split", str(","), secret("a,b"))).isEqualTo(secret(strings("a", "b")));
    }
}
