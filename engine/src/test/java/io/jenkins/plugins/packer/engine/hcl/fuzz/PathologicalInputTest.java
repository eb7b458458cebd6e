package io.jenkins.plugins.packer.engine.hcl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.fuzz.ParseEvaluate.Mode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile input through every entry point: deep nesting of every bracket kind, huge heredocs and strings,
 * long operator chains and invalid UTF-8. Each must end in a value or diagnostics within the time limit:
 * no exception, no StackOverflowError, no internal-error diagnostic ({@link ParseEvaluate} fails on those).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PathologicalInputTest {

    private static final int DEEP = 10_000;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String nested(String open, String middle, String close) {
        return open.repeat(DEEP) + middle + close.repeat(DEEP);
    }

    private static Diagnostics expression(String src) {
        return ParseEvaluate.run(Mode.NATIVE_EXPRESSION, utf8(src));
    }

    private static Diagnostics file(String src) {
        return ParseEvaluate.run(Mode.NATIVE_FILE, utf8(src));
    }

    @Test
    void deeplyNestedBracketsAreRejectedWithADiagnostic() {
        for (String src : new String[] {
            nested("[", "1", "]"),
            nested("(", "1", ")"),
            nested("{a = ", "1", "}"),
            nested("\"${", "1", "}\""),
            nested("abs(", "1", ")"),
            nested("[for x in ", "[1]", " : x]"),
            nested("{for k, v in ", "{a = 1}", " : k => v}"),
            nested("true ? ", "1", " : 2"),
            nested("\"%{if true}", "x", "%{endif}\""),
            nested("\"%{for x in [1]}", "x", "%{endfor}\""),
            "[".repeat(DEEP),
            "(".repeat(DEEP),
            "\"${".repeat(DEEP),
        }) {
            Diagnostics d = expression(src);
            assertThat(d.hasErrors()).as("%s...", src.substring(0, 20)).isTrue();
        }
    }

    @Test
    void deepNestingInFilesIsRejectedWithADiagnostic() {
        assertThat(file("x = " + nested("[", "1", "]")).hasErrors()).isTrue();
        assertThat(file(nested("a {\n", "x = 1\n", "}\n")).hasErrors()).isTrue();
        assertThat(file("a " + "{".repeat(DEEP)).hasErrors()).isTrue();
        assertThat(ParseEvaluate.run(Mode.JSON_FILE, utf8("{\"x\": " + nested("[", "1", "]") + "}"))
                .hasErrors()).isTrue();
        assertThat(ParseEvaluate.run(Mode.JSON_FILE, utf8(nested("{\"a\": ", "1", "}"))).hasErrors()).isTrue();
        assertThat(ParseEvaluate.run(Mode.JSON_EXPRESSION, utf8("[".repeat(DEEP))).hasErrors()).isTrue();
        assertThat(ParseEvaluate.run(Mode.NATIVE_TEMPLATE, utf8("${".repeat(DEEP))).hasErrors()).isTrue();
    }

    @Test
    void longFlatChainsDoNotOverflowTheStack() {
        for (String src : new String[] {
            "1" + " + 1".repeat(100_000),
            "-".repeat(DEEP) + "1",
            "!".repeat(DEEP) + "true",
            "var.m" + ".k".repeat(DEEP),
            "var.l" + "[0]".repeat(DEEP),
            "var.l" + "[*]".repeat(DEEP),
            "\"" + "${1}".repeat(100_000) + "\"",
            "[" + "1, ".repeat(100_000) + "]",
        }) {
            expression(src);
        }
    }

    @Test
    void deeplyNestedValuesFromFunctionsAreDiagnostics() {
        assertThat(expression("jsondecode(\"" + "[".repeat(DEEP) + "]".repeat(DEEP) + "\")").hasErrors()).isTrue();
        assertThat(expression("yamldecode(\"" + "[".repeat(DEEP) + "]".repeat(DEEP) + "\")").hasErrors()).isTrue();
        expression("flatten(" + nested("[", "1", "]").substring(0, 2 * 150 + 1) + ")");
    }

    @Test
    void hugeHeredocsAndStringsAreReadInOnePass() {
        // 50 MB: a line of plain text per line, an interpolation every thousandth line
        String line = "echo 'a line of a provisioner script, long enough to look like a real one'\n";
        int lines = 50 * 1024 * 1024 / line.length();
        StringBuilder sb = new StringBuilder(lines * (line.length() + 2) + 64);
        sb.append("x = <<-EOT\n");
        for (int i = 0; i < lines; i++) {
            sb.append("  ").append(i % 1000 == 0 ? "echo ${var.s}\n" : line);
        }
        sb.append("  EOT\ny = \"").append("z".repeat(10 * 1024 * 1024)).append("\"\n");
        Diagnostics d = file(sb.toString());
        assertThat(d.hasErrors()).as("%s", d).isFalse();
        // 5 MB with an interpolation on every line
        String interpolated = "echo ${var.s} and ${upper(var.s)}\n";
        assertThat(file("x = <<EOT\n" + interpolated.repeat(5 * 1024 * 1024 / interpolated.length()) + "EOT\n")
                .hasErrors()).isFalse();
        assertThat(file("x = <<EOT\n" + "no end\n".repeat(1_000_000)).hasErrors()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void invalidUtf8IsADiagnostic(Mode mode) {
        byte[][] bad = {
            {(byte) 0xff},
            {(byte) 0xc3},
            {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xe2, (byte) 0x82},
        };
        String[] contexts = {"x = \"%s\"", "x = %s", "# %s\nx = 1", "x = <<EOT\n%s\nEOT\n", "{\"x\": \"%s\"}",
            "%s", "\"${%s}\"", "a \"%s\" {}"};
        for (String context : contexts) {
            for (byte[] b : bad) {
                Diagnostics d = ParseEvaluate.run(mode, splice(context, b));
                // as in hashicorp/hcl, a comment may hold any bytes
                boolean comment = context.startsWith("#") && mode == Mode.NATIVE_FILE;
                assertThat(d.hasErrors()).as("%s in %s", mode, context).isEqualTo(!comment);
            }
        }
    }

    @Test
    void inputsFoundByFuzzing() {
        // an index whose key is a template broken by a syntax error read the error placeholder as a string
        assertThat(ParseEvaluate.run(Mode.NATIVE_TEMPLATE, utf8("${0.[\"%{ if true \u0006}\"]}")).hasErrors())
                .isTrue();
        assertThat(expression("var.l[\"%{ if true \u0006\"]").hasErrors()).isTrue();
        // numbers far apart in magnitude: the exact sum would have 66 million digits
        assertThat(expression("---------------66e66666666--------0").hasErrors()).isFalse();
        // results beyond the exponent range of a number: an operation error, not an exception
        for (String src : new String[] {"1e2000000000 / 1e-2000000000", "1e2000000000 * 1e2000000000",
            "1e-2000000000 * 1e-2000000000", "1e2000000000 % 1e-2000000000"}) {
            Diagnostics d = expression(src);
            assertThat(d.hasErrors()).as(src).isTrue();
            assertThat(d.asList().get(0).summary()).as(src).isEqualTo("Operation failed");
        }
    }

    @Test
    void randomBytesNeverEscape() {
        java.util.Random random = new java.util.Random(20261123);
        for (int i = 0; i < 2_000; i++) {
            byte[] b = new byte[random.nextInt(200)];
            random.nextBytes(b);
            for (Mode m : Mode.values()) {
                ParseEvaluate.run(m, b);
            }
        }
    }

    private static byte[] splice(String context, byte[] bytes) {
        int at = context.indexOf("%s");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(context.substring(0, at)));
        out.writeBytes(bytes);
        out.writeBytes(utf8(context.substring(at + 2)));
        return out.toByteArray();
    }
}
