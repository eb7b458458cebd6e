package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases from go-cty-yaml's decode and implied-type tests, plus packer console checks. */
class YamlDecodeTest {

    private final Map<String, Function> lib = EncodingFunctions.all();

    private Value yaml(String src) throws Exception {
        return call(lib, "yamldecode", str(src));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"hello\"|hello",
        "'hello'|hello",
        "hello|hello",
        "+|+",
        "<<|<<",
        "!!str true|true",
        "!<tag:yaml.org,2002:str> true|true",
        "'true'|true",
        "2006-1-2|2006-01-02T00:00:00Z",
        "!!timestamp 2006-1-2|2006-01-02T00:00:00Z",
        "2001-12-14t21:59:43.10-05:00|2001-12-14T21:59:43-05:00",
        "2001-12-14 21:59:43.10|2001-12-14T21:59:43Z",
        "!!binary 'aGVsbG8='|aGVsbG8=",
        "0x1Fz|0x1Fz",
        "1_000|1_000",
        "12:30|12:30",
        "onion|onion",
    })
    void scalarsThatBecomeStrings(String src, String expected) throws Exception {
        assertThat(yaml(src)).isEqualTo(str(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12|12", "-12|-12", "+12|12", "1.5|1.5", ".5|0.5", "1e3|1000", "!!float 1.5|1.5", "!!int 1|1",
        "0x1F|31", "0o17|15", "017|17", "5.|5",
    })
    void scalarsThatBecomeNumbers(String src, String expected) throws Exception {
        assertThat(yaml(src)).isEqualTo(Value.number(new BigDecimal(expected)));
    }

    @Test
    void booleansAndNullsOfYaml11() throws Exception {
        for (String t : new String[] {"true", "True", "yes", "Y", "on", "ON", "!!bool true"}) {
            assertThat(yaml(t)).as(t).isEqualTo(Value.TRUE);
        }
        for (String f : new String[] {"false", "no", "N", "off", "Off"}) {
            assertThat(yaml(f)).as(f).isEqualTo(Value.FALSE);
        }
        for (String n : new String[] {"null", "~", "Null", "", "---", "# just a comment", "!!null whatever"}) {
            assertThat(yaml(n)).as(n).isEqualTo(Value.NULL);
        }
    }

    @Test
    void mappingsAndSequences() throws Exception {
        assertThat(yaml("{a: 1, b: true}")).isEqualTo(Value.object(Map.of("a", num(1), "b", Value.TRUE)));
        assertThat(yaml("\na: 1\nb:\n  - foo\n  - bar\n")).isEqualTo(Value.object(Map.of(
                "a", num(1), "b", Value.tuple(List.of(str("foo"), str("bar"))))));
        assertThat(yaml("{}")).isEqualTo(Value.EMPTY_OBJECT);
        assertThat(yaml("[]")).isEqualTo(Value.EMPTY_TUPLE);
        assertThat(yaml("[a, b, true]")).isEqualTo(Value.tuple(List.of(str("a"), str("b"), Value.TRUE)));
        assertThat(yaml("|\n  hello\n  world")).isEqualTo(str("hello\nworld"));
        assertThat(yaml(">\n  hello\n  world")).isEqualTo(str("hello world"));
        assertThat(yaml("1: one\ntrue: yes\n2001-12-14: d")).isEqualTo(Value.object(Map.of(
                "1", str("one"), "true", Value.TRUE, "2001-12-14T00:00:00Z", str("d"))));
        assertThat(yaml("a: 1\na: 2")).isEqualTo(Value.object(Map.of("a", num(2))));
    }

    @Test
    void aliasesAndMergeKeys() throws Exception {
        Value x = Value.tuple(List.of(str("x")));
        assertThat(yaml("\nfoo: &bar\n  - x\nbar: *bar\n")).isEqualTo(Value.object(Map.of("foo", x, "bar", x)));
        assertThat(yaml("\n- &foo a\n- b\n- *foo\n")).isEqualTo(Value.tuple(List.of(str("a"), str("b"), str("a"))));
        assertThat(yaml("\nfoo: &bar\n  a: b\nbar:\n  <<: *bar\n  c: d\n")).isEqualTo(Value.object(Map.of(
                "foo", Value.object(Map.of("a", str("b"))),
                "bar", Value.object(Map.of("a", str("b"), "c", str("d"))))));
        assertThat(yaml("\na: aa\n<<:\n  a: aaa\n<<:\n  b: bbb\nb: bb\n"))
                .isEqualTo(Value.object(Map.of("a", str("aa"), "b", str("bb"))));
        assertThat(yaml("\na: aa\n<<:\n  - b: bb\n  - b: lost\n    c: cc\nd: dd\n")).isEqualTo(Value.object(Map.of(
                "a", str("aa"), "b", str("bb"), "c", str("cc"), "d", str("dd"))));
        assertThat(yaml("a: aa\n!!merge anything:\n  b: bb\n"))
                .isEqualTo(Value.object(Map.of("a", str("aa"), "b", str("bb"))));
        assertThat(yaml("- '<<'\n- !!str <<")).isEqualTo(Value.tuple(List.of(str("<<"), str("<<"))));
    }

    @Test
    void errorsAsGoCtyYamlReportsThem() {
        assertCallFails(lib, "yamldecode", str("\nfoo: &bar\n  - x\n  - *bar\n"))
                .hasMessage("on line 3, column 5: cannot refer to anchor \"bar\" from inside its own definition");
        // packer console: positions are libyaml's zero-based line and one-based column; line 0 is not shown
        assertCallFails(lib, "yamldecode", str("a: 1\nb: *nope"))
                .hasMessage("on line 1, column 4: reference to undefined anchor \"nope\"");
        assertCallFails(lib, "yamldecode", str("*nope")).hasMessage("reference to undefined anchor \"nope\"");
        assertCallFails(lib, "yamldecode", str("\na: aa\n<<:\n  - b: bb\n  - uh-oh\nd: dd\n"))
                .hasMessage("on line 2, column 1: cannot merge string (from sequence) into mapping");
        assertCallFails(lib, "yamldecode", str("\na: aa\n<<: 1\n"))
                .hasMessage("on line 2, column 1: cannot merge number into mapping");
        assertCallFails(lib, "yamldecode", str("!!bool bananas"))
                .hasMessage("cannot parse \"bananas\" as tag:yaml.org,2002:bool");
        assertCallFails(lib, "yamldecode", str("!!binary '>>>>>>>>>'"))
                .hasMessage("cannot parse \">>>>>>>>>\" as tag:yaml.org,2002:binary: not valid base64");
        assertCallFails(lib, "yamldecode", str("!!nope foo")).hasMessage("unsupported tag \"tag:yaml.org,2002:nope\"");
        assertCallFails(lib, "yamldecode", str("x\n---\ny"))
                .hasMessage("on line 1, column 1: only a single document is allowed");
        assertCallFails(lib, "yamldecode", str(".NaN")).hasMessageEndingWith("floating point NaN is not supported");
        assertCallFails(lib, "yamldecode", str("[a]: b")).hasMessageEndingWith("only strings are allowed as mapping keys");
        assertCallFails(lib, "yamldecode", str("~: b")).hasMessageEndingWith("mapping key cannot be null");
        assertCallFails(lib, "yamldecode", str("!!map [a]")).hasMessageEndingWith("can't interpret sequence as "
                + "tag:yaml.org,2002:map");
    }

    @Test
    void syntaxErrorsAreReportedNotThrown() {
        assertCallFails(lib, "yamldecode", str("a: b: c")).hasMessageContaining("mapping values are not allowed");
        assertCallFails(lib, "yamldecode", str("[unclosed")).hasMessageContaining("expected ',' or ']'");
        assertCallFails(lib, "yamldecode", str("a:\n  - b\n c: d")).hasMessageStartingWith("on line 2, column");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() throws Exception {
        assertThat(yaml("[".repeat(1000) + "]".repeat(1000)).type()).isNotNull();
        assertCallFails(lib, "yamldecode", str("[".repeat(1001) + "]".repeat(1001)))
                .hasMessageEndingWith("exceeded max depth");
    }

    @Test
    void aliasBombsAreStopped() {
        StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        assertCallFails(lib, "yamldecode", str(sb.toString())).hasMessageContaining("excessive aliasing");
    }
}
