package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.fail;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.Fn.nul;
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

class RegexFunctionsTest {

    private static String replace(String s, String pattern, String replacement) {
        return call("regex_replace", str(s), str(pattern), str(replacement)).asString();
    }

    private static String replaceError(String pattern) {
        FunctionException e = fail("regex_replace", str("x"), str(pattern), str("X"));
        assertThat(e.argumentIndex()).isEqualTo(-1);
        return e.getMessage();
    }

    @Test
    void regexDocumentedExamples() {
        assertThat(call("regex", str("[a-z]+"), str("53453453.345345aaabbbccc23454"))).isEqualTo(str("aaabbbccc"));
        assertThat(call("regex", str("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"), str("2019-02-01")))
                .isEqualTo(tuple(str("2019"), str("02"), str("01")));
        assertThat(call("regex", str("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"),
                str("https://terraform.io/docs/")))
                .isEqualTo(object("authority", str("terraform.io"), "scheme", str("https")));
        FunctionException e = fail("regex", str("[a-z]+"), str("53453453.34534523454"));
        assertThat(e).hasMessage("pattern did not match any part of the given string");
        assertThat(e.argumentIndex()).isEqualTo(-1);
    }

    @Test
    void groupsThatDidNotParticipateAreNull() {
        assertThat(call("regex", str("(?P<first>[a-z]+)-(?P<second>[0-9]+)?"), str("ab-")))
                .isEqualTo(object("first", str("ab"), "second", nul(Type.STRING)));
        assertThat(call("regex", str("(a)|(b)"), str("b"))).isEqualTo(tuple(nul(Type.STRING), str("b")));
        assertThat(call("regex", str("(?<word>\\w+)"), str("hi there"))).isEqualTo(object("word", str("hi")));
    }

    @Test
    void regexPatternErrorsNameTheProblem() {
        FunctionException e = fail("regex", str("(a)(?P<b>b)"), str("ab"));
        assertThat(e).hasMessage("invalid regexp pattern: cannot mix both named and unnamed capture groups");
        assertThat(e.argumentIndex()).isZero();
        assertThat(fail("regex", str("("), str("x"))).hasMessage("invalid regexp pattern: missing closing ) in (");
        assertThat(fail("regexall", str("[a"), str("x"))).hasMessage("invalid regexp pattern: missing closing ] in [a");
    }

    @Test
    void regexall() {
        assertThat(call("regexall", str("[a-z]+"), str("1234abcd5678efgh9"))).isEqualTo(strings("abcd", "efgh"));
        assertThat(call("regexall", str("[a-z]+"), str("123456789"))).isEqualTo(strings());
        assertThat(call("regexall", str("(\\d)(\\w)"), str("1a2b")))
                .isEqualTo(Value.list(Type.tuple(List.of(Type.STRING, Type.STRING)),
                        List.of(tuple(str("1"), str("a")), tuple(str("2"), str("b")))));
        assertThat(call("regexall", str("a*"), str("baaac"))).isEqualTo(strings("", "aaa", ""));
    }

    @Test
    void unknownPatternMakesUnknownResultOfUnknownShape() {
        assertThat(call("regex", unknown(Type.STRING), str("x"))).isEqualTo(Value.DYNAMIC);
        assertThat(call("regexall", unknown(Type.STRING), str("x"))).isEqualTo(unknown(Type.list(Type.DYNAMIC)));
        assertThat(call("regex", str("(a)"), unknown(Type.STRING)))
                .isEqualTo(unknown(Type.tuple(List.of(Type.STRING))));
        assertThat(call("regex", str("a+"), secret("baab"))).isEqualTo(secret("aa"));
    }

    @Test
    void regexReplaceDocumentedExamples() {
        assertThat(replace("hello world", "world", "everybody")).isEqualTo("hello everybody");
        assertThat(replace("hello world", "w.*d", "everybody")).isEqualTo("hello everybody");
        assertThat(replace("-ab-axxb-", "a(x*)b", "$1W")).isEqualTo("---");
        assertThat(replace("-ab-axxb-", "a(x*)b", "${1}W")).isEqualTo("-W-xxW-");
    }

    @Test
    void replacementTemplatesAsGo() {
        assertThat(replace("ab", "(?P<x_1>a)", "[$x_1]")).isEqualTo("[a]b");
        assertThat(replace("ab", "(?P<x>a)", "[$$x $x1 $1x ${x}1 $ $}")).isEqualTo("[$x   a1 $ $}b");
        assertThat(replace("ab", "(a)", "${1")).isEqualTo("${1b");
        assertThat(replace("ab", "(a)", "$2")).isEqualTo("b");
    }

    @Test
    void emptyMatchesFollowGoRules() {
        assertThat(replace("baaac", "a*", "X")).isEqualTo("XbXcX");
        assertThat(replace("abc", "", "-")).isEqualTo("-a-b-c-");
        assertThat(replace("a🤔b", "x*", "-")).isEqualTo("-a-🤔-b-");
    }

    @Test
    void goSyntaxDifferencesFromJava() {
        assertThat(replace("{foo}", "{foo}", "X")).isEqualTo("X");
        assertThat(replace("a{2", "a{2", "X")).isEqualTo("X");
        assertThat(replace("a{,2}", "a{,2}", "X")).isEqualTo("X");
        assertThat(replace("aa{02}", "a{02}", "X")).isEqualTo("aX");
        assertThat(replace("12ab3", "[[:alpha:]]+", "X")).isEqualTo("12X3");
        assertThat(replace("ab;3", "[[:^alpha:]]+", "X")).isEqualTo("abX");
        assertThat(replace("abαβγ", "\\p{Greek}+", "X")).isEqualTo("abX");
        assertThat(replace("abαβγ", "\\PL+", "X")).isEqualTo("abαβγ");
        assertThat(replace("aaa", "(?U)a+", "X")).isEqualTo("XXX");
        assertThat(replace("aaa", "(?U)a+?", "X")).isEqualTo("X");
        assertThat(replace("a\n", "a$", "X")).isEqualTo("a\n");
        assertThat(replace("a\nb", "(?m)a$", "X")).isEqualTo("X\nb");
        assertThat(replace("&&a", "[&&a]+", "X")).isEqualTo("X");
        assertThat(replace("[x]", "[[]", "(")).isEqualTo("(x]");
        assertThat(replace("a\rb", "a.b", "X")).isEqualTo("X");
        assertThat(replace("a\nb", "a.b", "X")).isEqualTo("a\nb");
        assertThat(replace("a\nb", "(?s)a.b", "X")).isEqualTo("X");
        assertThat(replace("x\u000by", "\\s", "_")).isEqualTo("x\u000by");
        assertThat(replace("é1", "\\w", "_")).isEqualTo("é_");
        assertThat(replace("éa", "\\bé", "_")).isEqualTo("éa");
        assertThat(replace("ABC", "(?i)b", "x")).isEqualTo("AxC");
        assertThat(replace("ΣΑΣ", "(?i)σ", "s")).isEqualTo("sΑs");
        assertThat(replace("a.b", "\\.", "!")).isEqualTo("a!b");
        assertThat(replace("a+b", "\\Q+\\E", "-")).isEqualTo("a-b");
        assertThat(replace("A", "\\x41", "b")).isEqualTo("b");
        assertThat(replace("A", "\\x{41}", "b")).isEqualTo("b");
        assertThat(replace("A", "\\101", "b")).isEqualTo("b");
        assertThat(replace("a-b", "[a\\-]+", "X")).isEqualTo("Xb");
        assertThat(replace("]a", "[]a]+", "X")).isEqualTo("X");
    }

    @Test
    void patternErrorsAreGoErrors() {
        assertThat(replaceError("(")).isEqualTo("error parsing regexp: missing closing ): `(`");
        assertThat(replaceError("a)")).isEqualTo("error parsing regexp: unexpected ): `a)`");
        assertThat(replaceError("[a")).isEqualTo("error parsing regexp: missing closing ]: `[a`");
        assertThat(replaceError("a**")).isEqualTo("error parsing regexp: invalid nested repetition operator: `**`");
        assertThat(replaceError("a*+")).isEqualTo("error parsing regexp: invalid nested repetition operator: `*+`");
        assertThat(replaceError("(?=a)")).isEqualTo("error parsing regexp: invalid or unsupported Perl syntax: `(?=`");
        assertThat(replaceError("(?z)")).isEqualTo("error parsing regexp: invalid or unsupported Perl syntax: `(?z`");
        assertThat(replaceError("\\1")).isEqualTo("error parsing regexp: invalid escape sequence: `\\1`");
        assertThat(replaceError("\\Z")).isEqualTo("error parsing regexp: invalid escape sequence: `\\Z`");
        assertThat(replaceError("x{1001}")).isEqualTo("error parsing regexp: invalid repeat count: `{1001}`");
        assertThat(replaceError("*")).isEqualTo("error parsing regexp: missing argument to repetition operator: `*`");
        assertThat(replaceError("[b-a]")).isEqualTo("error parsing regexp: invalid character class range: `b-a`");
        assertThat(replaceError("[[:foo:]]")).isEqualTo("error parsing regexp: invalid character class range: `[:foo:]`");
        assertThat(replaceError("\\p{Foo}")).isEqualTo("error parsing regexp: invalid character class range: `\\p{Foo}`");
        assertThat(replaceError("(?P<a-b>x)")).isEqualTo("error parsing regexp: invalid named capture: `(?P<a-b>`");
        assertThat(replaceError("(?<=a)b")).isEqualTo("error parsing regexp: invalid named capture: `(?<=a)b`");
        assertThat(replaceError("a\\")).isEqualTo("error parsing regexp: trailing backslash at end of expression: ``");
        assertThat(replaceError("\\C")).isEqualTo("error parsing regexp: invalid escape sequence: `\\C`");
        assertThat(replaceError("\\xZ1")).isEqualTo("error parsing regexp: invalid escape sequence: `\\xZ1`");
        assertThat(replaceError("(?i-)")).isEqualTo("error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`");
    }
}
