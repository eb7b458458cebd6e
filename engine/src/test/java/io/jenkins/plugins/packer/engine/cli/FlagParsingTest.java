package io.jenkins.plugins.packer.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Packer's flag conventions (Go's flag package) as the jpacker commands accept them. */
class FlagParsingTest {

    private static <T> T parse(Class<T> type, String... args) {
        CommandLine cli = JPacker.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        ParseResult result = cli.parseArgs(args);
        Object command = result.subcommand().commandSpec().userObject();
        assertThat(command).isInstanceOf(type);
        return type.cast(command);
    }

    @Test
    void buildDefaultsMatchPacker() {
        BuildCommand b = parse(BuildCommand.class, "build", "t.pkr.hcl");
        assertThat(b.color).isTrue();
        assertThat(b.debug).isFalse();
        assertThat(b.force).isFalse();
        assertThat(b.parallelBuilds).isZero();
        assertThat(b.onError).isEqualTo(io.jenkins.plugins.packer.engine.step.OnError.CLEANUP);
        assertThat(b.template).isEqualTo("t.pkr.hcl");
        assertThat(b.meta.only()).isEmpty();
        assertThat(b.meta.vars()).isEmpty();
    }

    @Test
    void singleAndDoubleDashAndEqualsFormsAreAccepted() {
        BuildCommand b = parse(BuildCommand.class, "build", "-color=false", "--force", "-parallel-builds", "2",
                "--on-error=run-cleanup-provisioner", "-timestamp-ui", "dir");
        assertThat(b.color).isFalse();
        assertThat(b.force).isTrue();
        assertThat(b.timestampUi).isTrue();
        assertThat(b.parallelBuilds).isEqualTo(2);
        assertThat(b.onError).isEqualTo(io.jenkins.plugins.packer.engine.step.OnError.RUN_CLEANUP_PROVISIONER);
        assertThat(b.onError).hasToString("run-cleanup-provisioner");
    }

    @Test
    void booleanFlagDoesNotSwallowTheTemplate() {
        BuildCommand b = parse(BuildCommand.class, "build", "-force", "template.pkr.hcl");
        assertThat(b.force).isTrue();
        assertThat(b.template).isEqualTo("template.pkr.hcl");
    }

    @Test
    void onlyAndExceptSplitOnCommasAndRepeat() {
        BuildCommand b = parse(BuildCommand.class, "build", "-only=a.*,*.null.b", "-only", "c", "-except=x", "t");
        assertThat(b.meta.only()).containsExactly("a.*", "*.null.b", "c");
        assertThat(b.meta.except()).containsExactly("x");
    }

    @Test
    void varsKeepOrderSplitOnFirstEqualsAndLaterWins() {
        BuildCommand b = parse(BuildCommand.class, "build", "-var", "a=1", "-var=b=x=y", "-var", "a=2",
                "-var-file=one.pkrvars.hcl", "-var-file", "two.json", "t");
        Map<String, String> vars = b.meta.vars();
        assertThat(vars).containsExactly(Map.entry("b", "x=y"), Map.entry("a", "2"));
        assertThat(b.meta.varFiles()).containsExactly("one.pkrvars.hcl", "two.json");
    }

    @Test
    void varWithoutEqualsIsRejectedWithPackersWording() {
        BuildCommand b = parse(BuildCommand.class, "build", "-var", "novalue", "t");
        assertThatThrownBy(b.meta::vars).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No '=' value in arg: novalue");
    }

    @Test
    void configTypeTakesOnlyPackersValues() {
        ValidateCommand v = parse(ValidateCommand.class, "validate", "-config-type=hcl2", "-syntax-only", "-");
        assertThat(v.meta.configType()).isEqualTo(MetaArgs.ConfigType.hcl2);
        assertThat(v.syntaxOnly).isTrue();
        assertThat(run("validate", "-config-type=yaml", "x").code).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void validateFlags() {
        ValidateCommand v = parse(ValidateCommand.class, "validate", "-evaluate-datasources",
                "-no-warn-undeclared-var", "-except=a", "dir");
        assertThat(v.evaluateDatasources).isTrue();
        assertThat(v.noWarnUndeclaredVar).isTrue();
        assertThat(v.syntaxOnly).isFalse();
        assertThat(v.meta.except()).containsExactly("a");
        assertThat(v.report).isNull();
        assertThat(parse(ValidateCommand.class, "validate", "-report=out/r.json", "dir").report)
                .isEqualTo(java.nio.file.Path.of("out/r.json"));
        assertThat(parse(ValidateCommand.class, "validate", "--report", "r.json", "dir").report)
                .isEqualTo(java.nio.file.Path.of("r.json"));
    }

    @Test
    void fmtFlags() {
        FmtCommand f = parse(FmtCommand.class, "fmt", "-check", "-diff", "-recursive", "-");
        assertThat(f.check).isTrue();
        assertThat(f.diff).isTrue();
        assertThat(f.recursive).isTrue();
        assertThat(f.write).isTrue();
        assertThat(f.path).isEqualTo("-");
        assertThat(parse(FmtCommand.class, "fmt", "-write=false", "x").write).isFalse();
    }

    @Test
    void hcl2UpgradeAndInitAndFixFlags() {
        Hcl2UpgradeCommand h = parse(Hcl2UpgradeCommand.class, "hcl2_upgrade", "-output-file=o.pkr.hcl",
                "-with-annotations", "t.json");
        assertThat(h.outputFile).isEqualTo("o.pkr.hcl");
        assertThat(h.withAnnotations).isTrue();
        InitCommand i = parse(InitCommand.class, "init", "-upgrade", ".");
        assertThat(i.upgrade).isTrue();
        assertThat(i.force).isFalse();
        FixCommand f = parse(FixCommand.class, "fix", "-validate=false", "t.json");
        assertThat(f.validate).isFalse();
    }

    @Test
    void consoleTemplateIsOptional() {
        assertThat(parse(ConsoleCommand.class, "console").template).isNull();
        assertThat(parse(ConsoleCommand.class, "console", "-var", "a=b", "dir").template).isEqualTo("dir");
    }

    @Test
    void unknownFlagFailsWithGoWordingAndExitOne() {
        Result r = run("build", "-nosuch=1", "t");
        assertThat(r.code).isEqualTo(ExitCode.ERROR);
        assertThat(r.err).startsWith("flag provided but not defined: -nosuch\n").contains("Usage: jpacker build");
    }

    @Test
    void missingTemplateFailsWithExitOne() {
        Result r = run("build", "-force");
        assertThat(r.code).isEqualTo(ExitCode.ERROR);
        assertThat(r.err).contains("Missing required parameter: 'TEMPLATE'");
    }

    @Test
    void noCommandPrintsHelpAndExits127LikePacker() {
        Result r = run();
        assertThat(r.code).isEqualTo(ExitCode.USAGE);
        assertThat(r.err).contains("Usage: jpacker").contains("build").contains("hcl2_upgrade");
    }

    @Test
    void versionCommandAndFlagsPrintTheEngineAndPackerVersions() {
        for (String[] args : new String[][] {{"version"}, {"-v"}, {"--version"}, {"-version"}}) {
            Result r = run(args);
            assertThat(r.code).as(String.join(" ", args)).isZero();
            assertThat(r.out).matches("jpacker v\\S+ \\(Packer v1\\.\\d+\\.\\d+ compatible\\)\\n");
        }
    }

    @Test
    void machineReadableVersionUsesPackersLineFormat() {
        Result r = run("-machine-readable", "version");
        assertThat(r.code).isZero();
        assertThat(r.out.lines().toList()).hasSize(3)
                .allMatch(line -> line.matches("\\d+,,version(-prelease|-commit)?,.*"));
    }

    @Test
    void helpOfASubcommandExitsZero() {
        Result r = run("validate", "-h");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("-syntax-only");
    }

    @Test
    void commandsNotBuiltYetSayWhatIsMissingAndFail() {
        Result r = run("fix", "t.json");
        assertThat(r.code).isEqualTo(ExitCode.ERROR);
        assertThat(r.err).contains("'jpacker fix' is not implemented yet");
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JPacker.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
        return new Result(code, out.toString(), err.toString());
    }
}
