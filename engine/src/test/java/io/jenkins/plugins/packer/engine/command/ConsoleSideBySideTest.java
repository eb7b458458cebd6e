package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.template.TemplateParser;
import io.jenkins.plugins.packer.engine.template.TemplateRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code jpacker console} side by side with Debian's {@code packer console} (1.6.6): each expression of
 * {@link ConsoleSideBySideCases} is evaluated in the same template by both, and the complete output (value
 * or diagnostics) is compared byte for byte. Packer runs once per expression (its piped mode prints only the
 * last line's value), a few at a time. Without /usr/bin/packer the comparisons are skipped with a message;
 * the cases with documented outputs run regardless.
 */
class ConsoleSideBySideTest {

    private static final Path PACKER = Path.of("/usr/bin/packer");

    private static final String TEMPLATE = """
            variable "name" {
              type    = string
              default = "debian"
            }
            variable "n" {
              type    = number
              default = 3
            }
            variable "tags" {
              type    = map(string)
              default = { env = "dev", team = "ops" }
            }
            variable "list" {
              type    = list(string)
              default = ["a", "b", "c"]
            }
            variable "secret" {
              type      = string
              default   = "hunter2"
              sensitive = true
            }
            variable "obj" {
              type    = object({ a = number, b = list(string) })
              default = { a = 1, b = ["x", "y"] }
            }
            variable "nothing" {
              type    = string
              default = null
            }
            locals {
              greeting = "hello ${var.name}"
              nums     = [for i in range(var.n) : i * 2]
              by_value = { for k, v in var.tags : v => k }
              servers  = [{ name = "a", ip = "10.0.0.1" }, { name = "b", ip = "10.0.0.2" }]
            }
            """;

    @TempDir
    static Path root;

    private static Path dir;
    private static ConsoleSession session;
    private static final Map<String, String> PACKER_OUTPUT = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createDirectories(root.resolve("tpl"));
        Files.writeString(dir.resolve("console.pkr.hcl"), TEMPLATE);
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/hello.txt"), "hello\n");
        Files.writeString(dir.resolve("files/world.txt"), "world\n");
        Files.writeString(dir.resolve("backends.tpl"), "%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n"
                + "%{ endfor ~}\n");
        Path cwd = Path.of("").toAbsolutePath();
        Diagnostics diags = new Diagnostics();
        TemplateParser.Loaded loaded = TemplateParser.parse(new TemplateRequest(dir, List.of(), Map.of(), Map.of(),
                cwd, new ComponentRegistry(), PackerFunctions.table(new PackerFunctions.Options(dir, Instant.now())),
                "1.16.0", false), diags);
        assertThat(diags.hasErrors()).as("template: %s", diags).isFalse();
        session = ConsoleSession.of(loaded.template());
        if (Files.isExecutable(PACKER)) {
            runPackerOnAll();
        }
    }

    /** Packer once per expression, four at a time, in the JVM's working directory (for abspath). */
    private static void runPackerOnAll() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> jobs = Stream.concat(ConsoleSideBySideCases.SAME.stream(),
                    ConsoleSideBySideCases.newer().stream().map(ConsoleSideBySideCases.Expected::expression))
                    .map(e -> pool.submit(() -> {
                        PACKER_OUTPUT.put(e, packer(e));
                        return (Void) null;
                    }))
                    .toList();
            for (Future<Void> f : jobs) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String packer(String expression) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PACKER.toString(), "console", dir.toString())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().write((expression + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("packer console did not finish for " + expression);
        }
        return out;
    }

    /**
     * What jpacker prints for one line, in the form packer's piped mode gives for a single line: the
     * diagnostics, then the value; after an error packer still prints the (empty) last value, one more newline.
     */
    private static String jpacker(String expression) {
        ConsoleSession.Answer a = session.evaluate(expression.strip());
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        Console.print(a, Console.answerWriter(), w);
        if (a.output() == null) {
            w.println();
        }
        w.flush();
        return out.toString();
    }

    static Stream<Arguments> same() {
        return ConsoleSideBySideCases.SAME.stream().map(Arguments::of);
    }

    static Stream<Arguments> expected() {
        return Stream.concat(ConsoleSideBySideCases.newer().stream(), ConsoleSideBySideCases.documented().stream())
                .map(c -> Arguments.of(c.expression().replace("${dir}", "%s"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("same")
    void printsWhatPackerPrints(String expression) {
        assumeTrue(Files.isExecutable(PACKER), "packer is not installed at /usr/bin/packer; comparison skipped");
        assertThat(jpacker(expression)).isEqualTo(PACKER_OUTPUT.get(expression));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void printsTheExpectedOutput(String name, ConsoleSideBySideCases.Expected c) {
        String expression = c.expression().replace("${dir}", dir.toString());
        assertThat(jpacker(expression)).as(c.source()).isEqualTo(c.output());
        String packer = PACKER_OUTPUT.get(c.expression());
        if (packer != null) {
            // keeps the list honest: a case packer 1.6.6 already agrees with belongs in SAME
            assertThat(packer).as("packer 1.6.6 differs here (%s)", c.source()).isNotEqualTo(c.output());
        }
    }

    @Test
    void coversEnoughExpressions() {
        assertThat(ConsoleSideBySideCases.SAME.size() + ConsoleSideBySideCases.newer().size()
                + ConsoleSideBySideCases.documented().size()).isGreaterThanOrEqualTo(200);
        assertThat(ConsoleSideBySideCases.SAME).doesNotHaveDuplicates();
    }
}
