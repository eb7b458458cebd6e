package io.jenkins.plugins.packer.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpacker console} through the command line: flags, standard input, exit status. */
class ConsoleCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int console(String input, Map<String, String> env, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "console";
        System.arraycopy(args, 0, argv, 1, args.length);
        return JPacker.run(argv, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), env);
    }

    @Test
    void evaluatesEachLineInTheTemplatesContextWithVarsAndVarFiles() throws IOException {
        Files.writeString(dir.resolve("v.pkr.hcl"), """
                variable "a" {
                  default = "x"
                }
                variable "b" {
                  type = number
                }
                variable "c" {
                  default = "c0"
                }
                """);
        Path varFile = Files.writeString(dir.resolve("my.pkrvars.hcl"), "b = 41\n");
        int status = console("var.a\nvar.b + 1\nvar.c\n", Map.of("PKR_VAR_c", "env"), "-var", "a=cli",
                "-var-file=" + varFile, dir.toString());
        assertThat(out.toString()).isEqualTo("cli\n42\nenv\n");
        assertThat(status).isZero();
    }

    @Test
    void commandLineAndEnvironmentValuesAreTextUnlessTheTypeIsStructured() throws IOException {
        Files.writeString(dir.resolve("v.pkr.hcl"), """
                variable "untyped" {
                  default = "x"
                }
                variable "n" {
                  type    = number
                  default = 0
                }
                variable "l" {
                  type    = list(number)
                  default = []
                }
                """);
        // packer 1.6.6 printed [1, 2] for an untyped variable set to "[1, 2]" (the text itself)
        int status = console("var.untyped\nvar.n + 1\nvar.l[1]\n", Map.of("PKR_VAR_untyped", "[1, 2]"),
                "-var", "n=41", "-var", "l=[1, 2]", dir.toString());
        assertThat(out.toString()).isEqualTo("[1, 2]\n42\n2\n");
        assertThat(status).isZero();
    }

    @Test
    void envIsAvailableInVariableDefaultsOnly() throws IOException {
        Files.writeString(dir.resolve("v.pkr.hcl"), """
                variable "proxy" {
                  default = env("HTTP_PROXY")
                }
                variable "unset" {
                  default = env("NOT_SET_ANYWHERE")
                }
                """);
        int status = console("var.proxy\n\"[${var.unset}]\"\nenv(\"HTTP_PROXY\")\n",
                Map.of("HTTP_PROXY", "http://proxy:3128"), dir.toString());
        assertThat(out.toString()).startsWith("http://proxy:3128\n[]\nError: Call to unknown function\n")
                .contains("There is no function named \"env\".");
        assertThat(status).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void noTemplateMeansHcl2ModeWithTheFunctions() {
        int status = console("format(\"%05.1f\", 3.14159)\nbase64encode(\"hi\")\n", Map.of());
        assertThat(out.toString()).isEqualTo("003.1\naGk=\n");
        assertThat(status).isZero();
    }

    @Test
    void anErrorOnAnyLineMakesTheStatusOne() {
        int status = console("1\nnosuchfunction()\n2\n", Map.of(), "-config-type=hcl2");
        assertThat(out.toString()).startsWith("1\nError: Call to unknown function\n").endsWith("\n2\n");
        assertThat(status).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void theLegacyJsonConsoleIsNotAvailable() {
        int status = console("1\n", Map.of(), "-config-type=json");
        assertThat(err.toString()).contains("legacy JSON console");
        assertThat(status).isEqualTo(ExitCode.ERROR);
    }
}
