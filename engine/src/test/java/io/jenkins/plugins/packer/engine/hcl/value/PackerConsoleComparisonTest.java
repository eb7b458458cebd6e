package io.jenkins.plugins.packer.engine.hcl.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link ValueFormat#console} of values computed here (with {@link Operations} and {@link Convert})
 * against what the real {@code packer console} prints for the same HCL expression. Skipped when
 * /usr/bin/packer is not installed.
 */
class PackerConsoleComparisonTest {

    private static final Path PACKER = Path.of("/usr/bin/packer");

    @TempDir
    static Path dir;

    private static Path template;

    @FunctionalInterface
    interface Computation {
        Value compute() throws Exception;
    }

    @BeforeAll
    static void writeTemplate() throws IOException {
        template = dir.resolve("console.pkr.hcl");
        Files.writeString(template, "variable \"secret\" {\n  default = \"hunter2\"\n  sensitive = true\n}\n");
    }

    private static Value n(String v) {
        return Value.number(new BigDecimal(v));
    }

    private static Value s(String v) {
        return Value.string(v);
    }

    private static Value concat(String prefix, Value v) throws ConversionException {
        return s(prefix + Convert.convert(v, Type.STRING).asString());
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "10/4", () -> Operations.divide(n("10"), n("4")));
        add(cases, "1/3", () -> Operations.divide(n("1"), n("3")));
        add(cases, "\"x${1/3}\"", () -> concat("x", Operations.divide(n("1"), n("3"))));
        add(cases, "\"x${1.1*1.1}\"", () -> concat("x", Operations.multiply(n("1.1"), n("1.1"))));
        add(cases, "\"x${1/3*3}\"", () -> concat("x", Operations.multiply(Operations.divide(n("1"), n("3")), n("3"))));
        add(cases, "\"x${2/3-1/3}\"", () -> concat("x",
                Operations.subtract(Operations.divide(n("2"), n("3")), Operations.divide(n("1"), n("3")))));
        add(cases, "\"x${1e300 % 7}\"", () -> concat("x", Operations.modulo(n("1e300"), n("7"))));
        add(cases, "\"x${1.5e-7}\"", () -> concat("x", n("1.5e-7")));
        add(cases, "\"x${true}\"", () -> concat("x", Value.TRUE));
        add(cases, "0.1+0.2 == 0.3", () -> Operations.equal(Operations.add(n("0.1"), n("0.2")), n("0.3")));
        add(cases, "1/3*3 == 1", () -> Operations.equal(
                Operations.multiply(Operations.divide(n("1"), n("3")), n("3")), n("1")));
        add(cases, "1 == \"1\"", () -> Operations.equal(n("1"), s("1")));
        add(cases, "\"2\"*3", () -> Operations.multiply(s("2"), n("3")));
        add(cases, "-5 % 3", () -> Operations.modulo(n("-5"), n("3")));
        add(cases, "5.5 % -2", () -> Operations.modulo(n("5.5"), n("-2")));
        add(cases, "2 > \"1\"", () -> Operations.greaterThan(n("2"), s("1")));
        add(cases, "12345678901234567890", () -> n("12345678901234567890"));
        add(cases, "1234567.5", () -> n("1234567.5"));
        add(cases, "0.0001", () -> n("0.0001"));
        add(cases, "0.00001", () -> n("0.00001"));
        add(cases, "\"abc\"", () -> s("abc"));
        add(cases, "\"tab\\there\"", () -> s("tab\there"));
        add(cases, "[\"a\\tb\", \"\\u00e9\", \"q\\\"\"]",
                () -> Value.tuple(List.of(s("a\tb"), s("\u00e9"), s("q\""))));
        add(cases, "[1, \"a\", true, null]", () -> Value.tuple(List.of(n("1"), s("a"), Value.TRUE, Value.NULL)));
        add(cases, "{b = \"x\", a = [1, {c = []}]}", () -> Value.object(Map.of("b", s("x"),
                "a", Value.tuple(List.of(n("1"), Value.object(Map.of("c", Value.EMPTY_TUPLE)))))));
        add(cases, "[[], {}]", () -> Value.tuple(List.of(Value.EMPTY_TUPLE, Value.EMPTY_OBJECT)));
        add(cases, "var.secret", () -> s("hunter2").mark(Mark.SENSITIVE));
        add(cases, "[var.secret]", () -> Value.tuple(List.of(s("hunter2").mark(Mark.SENSITIVE))));
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String expr, Computation c) {
        cases.add(Arguments.of(expr, c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPackerConsole(String expr, Computation computation) throws Exception {
        assumeTrue(Files.isExecutable(PACKER), "packer is not installed at /usr/bin/packer; comparison skipped");
        assertThat(ValueFormat.console(computation.compute())).isEqualTo(packerConsole(expr));
    }

    private static String packerConsole(String expr) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PACKER.toString(), "console", template.toString())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write((expr + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }
}
