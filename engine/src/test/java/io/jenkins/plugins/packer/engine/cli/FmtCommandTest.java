package io.jenkins.plugins.packer.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.Corpus;
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
import picocli.CommandLine;

/** {@code jpacker fmt} end to end: Packer's command tests (fmt_test.go) and the bento templates. */
class FmtCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return JPacker.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    }

    private static Path fixtures() {
        return Corpus.dir("packer-command").resolve("command/test-fixtures");
    }

    @Test
    void checkOfAFormattedFileExitsZeroSilently() {
        assertThat(run("fmt", "-check=true", fixtures().resolve("fmt/formatted.pkr.hcl").toString())).isZero();
        assertThat(out.toString().strip()).isEmpty();
    }

    @Test
    void checkOfAnUnformattedVarFileExitsThree() {
        Path f = fixtures().resolve("fmt/unformatted.pkrvars.hcl");
        assertThat(run("fmt", "-check=true", f.toString())).isEqualTo(ExitCode.FMT_WOULD_CHANGE);
        assertThat(out.toString()).isEqualTo(f + "\n");
    }

    @Test
    void checkOfTheFixtureDirectoryExitsThree() {
        assertThat(run("fmt", "-check", fixtures().resolve("fmt").toString())).isEqualTo(ExitCode.FMT_WOULD_CHANGE);
        assertThat(out.toString().lines()).hasSize(3);
    }

    @Test
    void malformedTemplateFailsWithTheParseError() {
        String f = fixtures().resolve("fmt_errs/malformed.pkr.hcl").toString();
        assertThat(run("fmt", f)).isEqualTo(ExitCode.ERROR);
        assertThat(out.toString()).startsWith("Error: encountered an error while formatting " + f + "\n\n1 error occurred:\n")
                .contains("An argument or block definition is required here.").endsWith("\n\n\n\n\n");
    }

    @Test
    void jsonTemplateIsRefused() {
        String f = Corpus.dir("packer-hcl2template").resolve("hcl2template/testdata/format/test.json").toString();
        assertThat(run("fmt", f)).isEqualTo(ExitCode.ERROR);
        assertThat(out.toString()).isEqualTo("Error: encountered an error while formatting " + f + "\n\nfile " + f
                + " is not a HCL file\n\n\n");
    }

    @Test
    void bentoTemplatesPassTheCheck() {
        Path bento = Corpus.dir("chef-bento");
        assertThat(run("fmt", "-check", bento.resolve("packer_templates").toString())).isZero();
        assertThat(run("fmt", "-check", "-recursive", bento.toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void writeFalseListsButDoesNotRewrite() throws IOException {
        Path f = dir.resolve("a.pkr.hcl");
        Files.writeString(f, "a=1\n");
        assertThat(run("fmt", "-write=false", f.toString())).isZero();
        assertThat(out.toString()).isEqualTo(f + "\n");
        assertThat(Files.readString(f)).isEqualTo("a=1\n");
        assertThat(run("fmt", f.toString())).isZero();
        assertThat(Files.readString(f)).isEqualTo("a = 1\n");
    }

    @Test
    void checkWithDiffPrintsTheDiffAndExitsThree() throws IOException {
        Path f = dir.resolve("a.pkr.hcl");
        Files.writeString(f, "a=1\n");
        assertThat(run("fmt", "-check", "-diff", f.toString())).isEqualTo(ExitCode.FMT_WOULD_CHANGE);
        assertThat(out.toString()).isEqualTo(f + "\n--- old/" + f + "\n+++ new/" + f + "\n@@ -1 +1 @@\n-a=1\n+a = 1\n");
        assertThat(Files.readString(f)).isEqualTo("a=1\n");
    }

    @Test
    void standardInputIsFormattedToStandardOutput() {
        CommandLine cli = JPacker.commandLine(new PrintWriter(out), new PrintWriter(err));
        FmtCommand fmt = (FmtCommand) cli.getSubcommands().get("fmt").getCommand();
        fmt.stdin = new ByteArrayInputStream("b {\nx=1\n}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(cli.execute("fmt", "-")).isZero();
        assertThat(out.toString()).isEqualTo("b {\n  x = 1\n}\n");
    }

    @Test
    void missingPathArgumentIsAUsageError() {
        assertThat(run("fmt")).isEqualTo(ExitCode.ERROR);
    }
}
