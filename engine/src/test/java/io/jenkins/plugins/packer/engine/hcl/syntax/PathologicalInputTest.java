package io.jenkins.plugins.packer.engine.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Expression;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile input gives diagnostics in bounded time, never an exception or a stack overflow. */
@Timeout(60)
class PathologicalInputTest {

    private static ParseResult parse(String src) {
        return HclParser.parseFile(src.getBytes(StandardCharsets.UTF_8), "p.hcl");
    }

    private static boolean saysTooDeep(Diagnostics d) {
        return d.asList().stream().anyMatch(x -> x.summary().equals("Nesting too deep"));
    }

    @Test
    void tenThousandNestedBrackets() {
        for (String open : new String[] {"[", "(", "{a = ", "!", "-", "\"${"}) {
            ParseResult r = parse("a = " + open.repeat(10_000) + "1\n");
            assertThat(r.diags().hasErrors()).as(open).isTrue();
            assertThat(saysTooDeep(r.diags())).as(open).isTrue();
            Diagnostics d = new Diagnostics();
            r.body().justAttributes(d).get("a").expression().value(EvalContext.empty(), d);
        }
    }

    @Test
    void tenThousandNestedBlocks() {
        ParseResult r = parse("a {\n".repeat(10_000) + "}\n".repeat(10_000));
        assertThat(saysTooDeep(r.diags())).isTrue();
    }

    @Test
    void tenThousandUnclosedBrackets() {
        ParseResult r = parse("a = " + "[".repeat(10_000));
        assertThat(r.diags().hasErrors()).isTrue();
    }

    @Test
    void longOperatorAndTraversalChains() {
        ParseResult r = parse("a = " + "1 + ".repeat(5_000) + "1\n");
        assertThat(saysTooDeep(r.diags())).isTrue();
        ParseResult idx = parse("a = x" + "[y]".repeat(5_000) + "\n");
        assertThat(saysTooDeep(idx.diags())).isTrue();
        ParseResult splat = parse("a = x" + "[*]".repeat(5_000) + "\n");
        assertThat(saysTooDeep(splat.diags())).isTrue();
        ParseResult attrs = parse("a = x" + ".b".repeat(100_000) + "\n");
        assertThat(attrs.diags().asList()).isEmpty();
    }

    @Test
    void reasonableNestingIsFine() {
        ParseResult r = parse("a = " + "[".repeat(100) + "1" + "]".repeat(100) + "\n");
        assertThat(r.diags().asList()).isEmpty();
        Diagnostics d = new Diagnostics();
        Value v = r.body().justAttributes(d).get("a").expression().value(EvalContext.empty(), d);
        assertThat(d.asList()).isEmpty();
        assertThat(v.elements()).hasSize(1);
    }

    @Test
    void tallestAllowedExpressionEvaluatesOnASmallStack() throws InterruptedException {
        String src = "1" + " + 1".repeat(ParserState.MAX_HEIGHT - 2);
        Diagnostics pd = new Diagnostics();
        Expression e = Hcl.expr(src, pd);
        assertThat(pd.asList()).isEmpty();
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            Diagnostics d = new Diagnostics();
            out.set(e.value(EvalContext.empty(), d));
            e.variables();
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(out.get()).isEqualTo(Value.number(ParserState.MAX_HEIGHT - 1));
    }

    /** Just under the nesting bound, every kind of nesting parses and evaluates on a 512 KiB stack. */
    @Test
    void deepestAllowedNestingFitsASmallStack() throws InterruptedException {
        int n = ParserState.MAX_NESTING - 2;
        String[][] shapes = {{"[", "]"}, {"(", ")"}, {"{a = ", "}"}, {"\"${", "}\""}, {"-", ""},
            {"[for x in [1]: ", "]"}, {"f(", ")"}};
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                for (String[] shape : shapes) {
                    ParseResult r = parse("a = " + shape[0].repeat(n) + "1" + shape[1].repeat(n) + "\n");
                    assertThat(r.diags().asList()).as(shape[0]).isEmpty();
                    Diagnostics d = new Diagnostics();
                    r.body().justAttributes(d).get("a").expression().value(EvalContext.empty(), d);
                    r.body().justAttributes(d).get("a").expression().variables();
                    assertThat(d.asList()).as(shape[0]).noneMatch(x -> x.summary().startsWith("Internal"));
                }
                ParseResult blocks = parse("b {\n".repeat(n) + "}\n".repeat(n));
                assertThat(blocks.diags().asList()).isEmpty();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertThat(failure.get()).isNull();
    }

    @Test
    void hugeHeredoc() {
        String line = "x".repeat(100) + " ${y}\n";
        String src = "a = <<-EOT\n" + line.repeat(20_000) + "EOT\n";
        ParseResult r = parse(src);
        assertThat(r.diags().asList()).isEmpty();
        Diagnostics d = new Diagnostics();
        Value v = r.body().justAttributes(d).get("a").expression()
                .value(EvalContext.of(Map.of("y", Value.string("z")), Map.of()), d);
        assertThat(v.asString()).hasSize(103 * 20_000);
    }

    @Test
    void invalidUtf8() {
        byte[] src = {'a', ' ', '=', ' ', '"', (byte) 0xFF, (byte) 0xFE, '"', '\n', 'b', (byte) 0xC3, ' ', '=', '1'};
        ParseResult r = HclParser.parseFile(src, "u.hcl");
        Diagnostic first = r.diags().asList().get(0);
        assertThat(first.summary()).isEqualTo("Invalid character encoding");
        assertThat(first.subject().start()).isEqualTo(new Pos(1, 6, 5));
        assertThat(r.diags().asList().stream().filter(x -> x.summary().equals("Invalid character encoding")))
                .hasSize(1);
    }

    @Test
    void randomInputNeverThrows() {
        String[] pieces = {"a", "=", "\"", "${", "%{", "}", "{", "[", "]", "(", ")", "<<EOT\n", "EOT\n", "\n",
            "for", "in", ":", "?", "1", ".", "*", ",", "...", "=>", "if", "endif", "~}", "#", "/*", "*/", "\\",
            "-", "!", "&&", " ", "\t", "\r", "é", "\u0000"};
        Random rnd = new Random(42);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            byte[] src = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (rnd.nextInt(10) == 0 && src.length > 0) {
                src[rnd.nextInt(src.length)] = (byte) rnd.nextInt(256);
            }
            ParseResult r = HclParser.parseFile(src, "r.hcl");
            assertThat(r.body()).isNotNull();
            r.body().justAttributes(new Diagnostics()).values()
                    .forEach(a -> a.expression().value(EvalContext.empty(), new Diagnostics()));
            assertThat(HclParser.parseTemplate(src, "r", Pos.START, new Diagnostics())).isNotNull();
            assertThat(HclParser.parseExpression(src, "r", Pos.START, new Diagnostics())).isNotNull();
        }
        assertThat(Duration.ZERO).isNotNull();
    }
}
