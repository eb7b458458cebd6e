package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Syntax errors inside expressions and templates: summaries and exact ranges. */
class ExpressionParseDiagnosticsTest {

    private static List<String> errors(String src) {
        Diagnostics d = new Diagnostics();
        assertThat(Hcl.expr(src, d)).isNotNull();
        return Hcl.brief(d);
    }

    private static String detail(String src) {
        Diagnostics d = new Diagnostics();
        Hcl.expr(src, d);
        return d.asList().get(0).detail();
    }

    @Test
    void missingAndInvalidExpressions() {
        assertThat(errors("")).containsExactly("Missing expression@1,1-1,1");
        assertThat(errors("1 +")).containsExactly("Missing expression@1,4-1,4");
        assertThat(errors("*")).containsExactly("Invalid expression@1,1-1,2");
        assertThat(errors("1 2")).containsExactly("Extra characters after expression@1,3-1,4");
    }

    @Test
    void parenthesesAndConditionals() {
        assertThat(errors("(1 2)")).containsExactly("Unbalanced parentheses@1,4-1,5");
        assertThat(errors("true ? 1")).containsExactly("Missing false expression in conditional@1,9-1,9");
    }

    @Test
    void tuplesAndObjects() {
        assertThat(errors("[1 2]")).containsExactly("Missing item separator@1,4-1,5");
        assertThat(errors("[1, 2")).containsExactly("Unterminated tuple constructor expression@1,1-1,2");
        assertThat(errors("{a 1}")).containsExactly("Missing key/value separator@1,4-1,5");
        assertThat(errors("{a b}")).containsExactly("Missing key/value separator@1,4-1,5");
        assertThat(detail("{a b}")).endsWith("write the name in quotes to create a string literal.");
        assertThat(errors("{a, b = 1}")).containsExactly("Missing attribute value@1,3-1,4");
        assertThat(errors("{a = 1 b = 2}")).containsExactly("Missing attribute separator@1,8-1,9");
        assertThat(errors("{a = 1")).containsExactly("Unterminated object constructor expression@1,1-1,2");
    }

    @Test
    void forExpressions() {
        assertThat(errors("[for 1 in x: 1]")).containsExactly("Invalid 'for' expression@1,6-1,7");
        assertThat(detail("[for 1 in x: 1]")).isEqualTo("For expression requires variable name after 'for'.");
        // "in" is an identifier here (the value name), so the keyword is missing before x
        assertThat(errors("[for a, in x: 1]")).containsExactly("Invalid 'for' expression@1,12-1,13");
        assertThat(errors("[for a, 1 in x: 1]")).containsExactly("Invalid 'for' expression@1,9-1,10");
        assertThat(errors("[for a on x: 1]")).containsExactly("Invalid 'for' expression@1,8-1,10");
        assertThat(errors("[for a in x 1]")).containsExactly("Invalid 'for' expression@1,13-1,14");
        assertThat(detail("[for a in x 1]")).isEqualTo("For expression requires a colon after the collection "
                + "expression.");
        assertThat(errors("[for a in x: a a]")).containsExactly("Invalid 'for' expression@1,16-1,17");
        assertThat(detail("[for a in x: a a]")).isEqualTo("Extra characters after the end of the 'for' expression.");
        assertThat(errors("[for a in x: a => a]")).containsExactly("Invalid 'for' expression@1,14-1,15");
        assertThat(errors("[for a in x: a...]")).containsExactly("Invalid 'for' expression@1,15-1,18");
        assertThat(errors("{for a in x: a}")).containsExactly("Invalid 'for' expression@1,14-1,15");
        assertThat(detail("{for a in x: a}")).isEqualTo("Key expression is required when building an object.");
    }

    @Test
    void traversals() {
        assertThat(errors("a.0.1")).containsExactly("Invalid legacy index syntax@1,3-1,6");
        assertThat(detail("a.0.1")).isEqualTo("When using the legacy index syntax, chaining two indexes together is "
                + "not permitted. Use the proper index syntax instead, like [0][1].");
        assertThat(errors("a.\"b\"")).containsExactly("Invalid attribute name@1,3-1,4");
        assertThat(errors("a.*.*")).containsExactly("Nested splat expression not allowed@1,5-1,6");
        assertThat(errors("a[1")).containsExactly("Missing close bracket on index@1,4-1,4");
        assertThat(errors("a[*")).containsExactly("Missing close bracket on splat index@1,4-1,4");
    }

    @Test
    void functionCalls() {
        assertThat(errors("f(1 2)")).containsExactly("Missing argument separator@1,5-1,6");
        assertThat(errors("f(1")).containsExactly("Unterminated function call@1,1-1,3");
        assertThat(errors("f(a... b)")).containsExactly("Missing closing parenthesis@1,4-1,7");
        assertThat(errors("f::(1)")).containsExactly("Missing function name@1,4-1,5");
    }

    @Test
    void numbers() {
        assertThat(errors("1.2.3")).containsExactly("Invalid number literal@1,1-1,6");
    }

    @Test
    void templates() {
        assertThat(errors("\"${a\"")).containsExactly("Unclosed template interpolation sequence@1,2-1,4");
        assertThat(errors("\"${a b}\"")).containsExactly("Extra characters after interpolation expression@1,6-1,7");
        assertThat(errors("\"${a:b}\"")).containsExactly("Extra characters after interpolation expression@1,5-1,6");
        assertThat(errors("\"%{iff a}%{endif}\"")).containsExactly("Invalid template control keyword@1,4-1,7",
                "Unexpected endif directive@1,10-1,18");
        assertThat(detail("\"%{iff a}%{endif}\"")).isEqualTo("\"iff\" is not a valid template control keyword. Did "
                + "you mean \"if\"?");
        assertThat(errors("\"%{endif}\"")).containsExactly("Unexpected endif directive@1,2-1,10");
        assertThat(errors("\"%{if a}x\"")).containsExactly("Unexpected end of template@1,10-1,11");
        assertThat(errors("\"%{for a in b}x%{else}%{endfor}\"")).containsExactly("Unexpected else directive@1,16-1,23",
                "Unexpected endfor directive@1,23-1,32");
        assertThat(errors("\"%{if a}%{else}%{else}%{endif}\""))
                .containsExactly("Unexpected else directive@1,16-1,23", "Unexpected endif directive@1,23-1,31");
        assertThat(errors("\"%{ 1 }\"")).containsExactly("Invalid template directive@1,5-1,6");
        assertThat(errors("\"%{if a b}%{endif}\"")).containsExactly("Extra characters in if marker@1,9-1,10");
        assertThat(errors("\"%{for in b}%{endfor}\"")).containsExactly("Invalid 'for' directive@1,11-1,12",
                "Unexpected endfor directive@1,13-1,22");
    }

    @Test
    void escapes() {
        assertThat(errors("\"a\\qb\"")).containsExactly("Invalid escape sequence@1,3-1,5");
        assertThat(detail("\"a\\qb\"")).isEqualTo("The symbol \"q\" is not a valid escape sequence selector.");
        assertThat(errors("\"\\u12\"")).containsExactly("Invalid escape sequence@1,2-1,6");
        assertThat(errors("\"\\uD800\"")).containsExactly("Invalid escape sequence@1,2-1,8");
        assertThat(detail("\"\\uD800\"")).isEqualTo("Cannot encode character U+d800 in UTF-8.");
    }

    @Test
    void multiLineQuotedString() {
        assertThat(errors("\"a\nb\"")).containsExactly("Invalid multi-line string@1,3-2,1",
                "Unterminated template string@1,3-2,1");
    }

    @Test
    void unterminatedQuotedStringIsReported() {
        assertThat(Hcl.brief(Hcl.file("a = \"abc\n").diags())).contains("Invalid multi-line string@1,9-2,1");
    }
}
