package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.component.ComponentRegistry;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console loop and its answers. Expected texts of {@code variables}, values and diagnostics are what
 * packer 1.6.6 printed for the same template and input (captured with {@code packer console}), except where
 * a test says otherwise.
 */
class ConsoleTest {

    private static final String TEMPLATE = """
            variable "foo" {
              type    = string
              default = "bar"
            }
            variable "secret" {
              type      = string
              default   = "s3cr3t"
              sensitive = true
            }
            variable "m" {
              default = { a = 1, b = [1, 2] }
            }
            locals {
              l1 = "${var.foo}-x"
              l2 = [var.foo, local.l1]
              ls = var.secret
            }
            """;

    @TempDir
    Path dir;

    private record Run(int status, String output) {
    }

    private Run run(Path template, String input, Map<String, String> vars, Map<String, String> env) {
        Path cwd = Path.of("").toAbsolutePath();
        var request = new io.jenkins.plugins.packer.engine.template.TemplateRequest(template, List.of(), vars, env, cwd,
                new ComponentRegistry(), PackerFunctions.table(new PackerFunctions.Options(
                        template == null ? cwd : template, Instant.EPOCH)), "1.16.0", false);
        StringWriter out = new StringWriter();
        int status = new Console(request).run(new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
        return new Run(status, out.toString());
    }

    private Path template() throws IOException {
        Path t = Files.createDirectories(dir.resolve("t1"));
        Files.writeString(t.resolve("a.pkr.hcl"), TEMPLATE);
        return t;
    }

    @Test
    void answersEveryLineInOrderAndFailsWhenAnyLineFailed() throws IOException {
        Run r = run(template(), "var.foo\nnosuch\n  local.l2  \n\nupper(\"x\")\n", Map.of(), Map.of());
        assertThat(r.output()).isEqualTo("""
                bar
                Error: Unknown variable

                  on <console-input> line 1:
                  (source code not available)

                There is no variable named "nosuch".


                [
                  "bar",
                  "bar-x",
                ]
                X
                """);
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void succeedsWhenEveryLineSucceeds() throws IOException {
        Run r = run(template(), "var.m\nvar.secret\nlocal.ls\n", Map.of(), Map.of());
        assertThat(r.output()).isEqualTo("""
                {
                  "a" = 1
                  "b" = [
                    1,
                    2,
                  ]
                }
                <sensitive>
                <sensitive>
                """);
        assertThat(r.status()).isZero();
    }

    @Test
    void exitStopsReading() throws IOException {
        Run r = run(template(), "1\nexit\nnosuch\n", Map.of(), Map.of());
        assertThat(r.output()).isEqualTo("1\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void variablesListsInputsAndLocalsAsPackerDoes() throws IOException {
        Run r = run(template(), "variables\n", Map.of("foo", "cli"), Map.of());
        assertThat(r.output()).isEqualTo("""
                > input-variables:

                var.foo: "cli"
                var.m: "{\\n  \\"a\\" = 1\\n  \\"b\\" = [\\n    1,\\n    2,\\n  ]\\n}"
                var.secret: "<sensitive>"

                > local-variables:

                local.l1: "cli-x"
                local.l2: "[\\n  \\"cli\\",\\n  \\"cli-x\\",\\n]"
                local.ls: "<sensitive>"

                """);
    }

    @Test
    void helpPrintsPackersText() throws IOException {
        Run r = run(template(), "help\n", Map.of(), Map.of());
        assertThat(r.output()).startsWith("Packer console HCL2 Mode.\n").endsWith("with in HCL2 mode.\n");
    }

    @Test
    void sensitiveValuesStaySensitiveThroughFunctionsAndTemplates() throws IOException {
        // Packer 1.16 (go-cty marks); packer 1.6.6 printed S3CR3T and prefix-<sensitive> here
        Run r = run(template(), "upper(var.secret)\n\"prefix-${var.secret}\"\nnonsensitive(var.secret)\n", Map.of(),
                Map.of());
        assertThat(r.output()).isEqualTo("<sensitive>\n<sensitive>\ns3cr3t\n");
    }

    @Test
    void environmentVariablesSetTemplateVariables() throws IOException {
        Run r = run(template(), "var.foo\n", Map.of(), Map.of("PKR_VAR_foo", "from-env"));
        assertThat(r.output()).isEqualTo("from-env\n");
    }

    @Test
    void withoutATemplateOnlyFunctionsPathAndPackerExist() {
        Run r = run(null, "upper(\"a\")\npath.root\nvar\nlocal\npacker.version\n", Map.of(), Map.of());
        assertThat(r.output()).isEqualTo("A\n\n{}\n{}\n1.16.0\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void aVarWithoutTemplateIsUndefined() {
        Run r = run(null, "1\n", Map.of("a", "1"), Map.of());
        // packer 1.6.6: `packer console -config-type=hcl2 -var a=1`
        assertThat(r.output()).isEqualTo("""
                Error: Undefined -var variable

                A "a" variable was passed in the command line but was not found in known
                variables. To declare variable "a", place this block in one of your .pkr files,
                such as variables.pkr.hcl


                """);
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void aBrokenTemplateIsReportedWithItsSourceAndNothingIsEvaluated() throws IOException {
        Path t = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(t.resolve("b.pkr.hcl"), "locals {\n  x = 1 +\n}\n");
        Run r = run(t, "1\n", Map.of(), Map.of());
        assertThat(r.output()).startsWith("Error: ").contains("b.pkr.hcl line 2").contains("   2:   x = 1 +")
                .doesNotEndWith("1\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void aLegacyJsonTemplateIsRefused() throws IOException {
        Path t = Files.writeString(dir.resolve("legacy.json"), "{\"builders\": []}");
        Run r = run(t, "1\n", Map.of(), Map.of());
        assertThat(r.output()).startsWith("Error: console supports HCL2 templates only");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void valuesNotYetKnownPrintAsUnknown() {
        Value later = Value.unknown(Type.STRING);
        ConsoleSession s = new ConsoleSession(EvalContext.of(Map.of("build", Value.object(Map.of(
                "ID", later, "pair", Value.tuple(List.of(Value.string("a"), later)),
                "key", later.mark(Mark.SENSITIVE)))), PackerFunctions.table(PackerFunctions.Options.defaults())),
                Map.of(), Map.of());
        assertThat(s.evaluate("build.ID").output()).isEqualTo("<unknown>");
        assertThat(s.evaluate("build.pair").output()).isEqualTo("<unknown>");
        assertThat(s.evaluate("build.pair[0]").output()).isEqualTo("a");
        assertThat(s.evaluate("upper(build.ID)").output()).isEqualTo("<unknown>");
        assertThat(s.evaluate("build.key").output()).isEqualTo("<unknown>");
        assertThat(s.evaluate("length(build.pair)").output()).isEqualTo("2");
    }

    @Test
    void parseErrorsAreAnswersNotExceptions() {
        ConsoleSession s = new ConsoleSession(EvalContext.empty(), Map.of(), Map.of());
        ConsoleSession.Answer a = s.evaluate("[1, 2");
        assertThat(a.output()).isNull();
        assertThat(a.diagnostics().hasErrors()).isTrue();
        assertThat(a.diagnostics().asList().get(0).subject().filename()).isEqualTo("<console-input>");
        assertThat(s.evaluate("").output()).isNull();
        assertThat(s.evaluate("exit").exit()).isTrue();
    }
}
