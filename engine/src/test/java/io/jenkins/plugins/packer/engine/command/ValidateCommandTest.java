package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.Corpus;
import io.jenkins.plugins.packer.engine.testing.PackerCommandComponents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Packer's command/validate_test.go on its fixtures (shared/corpus/packer-command, EXPECTED.md): exit codes, and
 * the exact texts where Packer's test checks them. Output is captured as Packer's tests capture it: UI errors
 * apart from the rest, diagnostics without source quotes.
 */
class ValidateCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    static Path fixtures() {
        return Corpus.dir("packer-command").resolve("command/test-fixtures");
    }

    static Run validateWith(String version, String... args) {
        List<String> only = new ArrayList<>();
        List<String> except = new ArrayList<>();
        List<Path> varFiles = new ArrayList<>();
        Map<String, String> vars = new LinkedHashMap<>();
        boolean syntaxOnly = false;
        boolean evaluate = false;
        boolean noWarn = false;
        Path template = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("-except=")) {
                except.addAll(List.of(a.substring(8).split(",")));
            } else if (a.startsWith("-only=")) {
                only.addAll(List.of(a.substring(6).split(",")));
            } else if (a.equals("-var-file")) {
                varFiles.add(fixtures().resolve(args[++i]));
            } else if (a.equals("-var")) {
                String[] kv = args[++i].split("=", 2);
                vars.put(kv[0], kv[1]);
            } else if (a.equals("-syntax-only")) {
                syntaxOnly = true;
            } else if (a.equals("--evaluate-datasources")) {
                evaluate = true;
            } else if (a.equals("-no-warn-undeclared-var")) {
                noWarn = true;
            } else {
                template = fixtures().resolve(a);
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Packer's tests run in command/, where fixtures name files as test-fixtures/...
        EngineEnvironment env = new EngineEnvironment(Map.of(), fixtures().getParent(),
                PackerCommandComponents.registry(), version, Instant.now());
        int code = Validate.run(new TemplateInputs(template, varFiles, vars, only, except),
                new Validate.Options(syntaxOnly, evaluate, noWarn), env,
                new CommandOutput(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(code, out.toString(), err.toString());
    }

    static Run validate(String... args) {
        return validateWith("1.16.0", args);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "'', validate/build.json, 0",
        "'', validate/build.pkr.hcl, 0",
        "'', validate/build_with_vars.pkr.hcl, 0",
        "'', validate-invalid/bad_provisioner.json, 1",
        "'', validate-invalid/missing_build_block.pkr.hcl, 1",
        "'', validate/null_var.json, 1",
        "'', validate/var_foo_with_no_default.pkr.hcl, 1",
        "'', hcl/validation/wrong_pause_before.pkr.hcl, 1",
        "'', version_req/base_failure, 1",
        "'', version_req/base_success, 0",
        "'', version_req/wrong_field_name, 1",
        "'', validate/invalid_packer_block.pkr.hcl, 1",
        "'', validate/invalid_block_type.pkr.hcl, 1",
        "'', validate/circular_error.pkr.hcl, 1",
        "'', hcl/data-source-validation.pkr.hcl, 0",
        "'', hcl/local-ds-validate.pkr.hcl, 1",
        "--evaluate-datasources, hcl/local-ds-validate.pkr.hcl, 0",
        "'', validate/datasource.pkr.hcl, 0",
    })
    void exitCodes(String flag, String path, int expected) {
        Run r = flag.isEmpty() ? validate(path) : validate(flag, path);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(expected);
        if (expected == 0) {
            assertThat(r.out()).endsWith("The configuration is valid.\n");
            assertThat(r.err()).isEmpty();
        } else {
            assertThat(r.err()).startsWith("Error: ").doesNotContain("Exception");
        }
    }

    @Test
    void circularLocalsReportSeveralErrors() {
        Run r = validate("validate/circular_error.pkr.hcl");
        assertThat(r.err().split("(?m)^Error: ", -1).length - 1).as(r.err()).isGreaterThan(1);
    }

    @ParameterizedTest(name = "-syntax-only {0} -> {1}")
    @CsvSource({
        "validate/build.json, 0",
        "validate/build.pkr.hcl, 0",
        "validate/build_with_vars.pkr.hcl, 0",
        "validate-invalid/bad_provisioner.json, 0",
        "validate-invalid/missing_build_block.pkr.hcl, 0",
        "validate-invalid/broken.json, 1",
        "validate/null_var.json, 0",
        "validate/var_foo_with_no_default.pkr.hcl, 0",
    })
    void syntaxOnly(String path, int expected) {
        Run r = validateWith("102.0.0", "-syntax-only", path);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(expected);
        if (expected == 0) {
            assertThat(r.out()).isEqualTo("Syntax-only check passed. Everything looks okay.\n");
        } else {
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("Error: Failed to parse template\n\n")
                    .contains("'Provisioners': source data must be an array or slice, got string");
        }
    }

    @Test
    void minPackerVersionSatisfied() {
        Run r = validateWith("102.0.0", "validate/template.json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("The configuration is valid.\n");
    }

    @Test
    void minPackerVersionNotSatisfied() {
        Run r = validateWith("100.0.0", "validate/template.json");
        assertThat(r.exitCode()).isEqualTo(1);
        // Packer's text, plus where min_packer_version is written (Packer's JSON errors carry no position)
        assertThat(r.err()).isEqualTo("Error: \n\n  on " + fixtures().resolve("validate/template.json")
                + " line 9:\n  (source code not available)\n\n"
                + "This template requires Packer version 101.0.0 or higher; using 100.0.0\n\n\n");
    }

    @ParameterizedTest(name = "-except={0} {1} -> {2}")
    @CsvSource({
        "'vanilla,pear', validate/validate_except.json, 0",
        "'chocolate,apple', validate/validate_except.json, 1",
        "'file.vanilla,pear', validate/validate_except.pkr.hcl, 0",
        "'file.chocolate,apple', validate/validate_except.pkr.hcl, 1",
    })
    void except(String except, String path, int expected) {
        Run r = validateWith("102.0.0", "-except=" + except, path);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"basic.pkrvars.hcl", "undeclared.pkrvars.hcl", "undeclared.json"})
    void varFiles(String varFile) {
        Run r = validate("-var-file", "validate/var-file-tests/" + varFile, "validate/var-file-tests/basic.pkr.hcl");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"undeclared.pkrvars.hcl", "undeclared.json"})
    void undeclaredVarFileValueWarnsByDefault(String varFile) {
        Run r = validate("-var-file", "validate/var-file-tests/" + varFile, "validate/var-file-tests/basic.pkr.hcl");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Warning: Undefined variable\n\n"
                + "The variable \"unused\" was set but was not declared as an input variable.\n"
                + "To declare variable \"unused\" place this block in one of your .pkr.hcl files,\n"
                + "such as variables.pkr.hcl\n\n"
                + "variable \"unused\" {\n  type    = string\n  default = null\n}\n\n\n"
                + "The configuration is valid.\n");
    }

    @ParameterizedTest
    @CsvSource({"undeclared.pkrvars.hcl", "undeclared.json"})
    void noWarnUndeclaredVar(String varFile) {
        Run r = validate("-no-warn-undeclared-var", "-var-file", "validate/var-file-tests/" + varFile,
                "validate/var-file-tests/basic.pkr.hcl");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("The configuration is valid.\n");
    }

    @Test
    void unknownSourceShowsItsLine() {
        Path path = fixtures().resolve("validate-invalid/missing_build_block.pkr.hcl");
        Run r = validate("validate-invalid/missing_build_block.pkr.hcl");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: Unknown source file.cho\n\n  on " + path + " line 6:\n"
                + "  (source code not available)\n\nKnown: [file.chocolate]\n\n\n");
    }

    @Test
    void badProvisionerIsReportedAsPackerDoes() {
        Run r = validate("validate-invalid/bad_provisioner.json");
        assertThat(r.err()).startsWith("Error: Failed to prepare build: \"file\"\n\n")
                .endsWith("1 error occurred:\n\t* unknown configuration key: '\"comment\"'\n\n\n\n\n");
    }

    @Test
    void requiredLegacyVariable() {
        Run r = validate("validate/null_var.json");
        assertThat(r.err()).contains("required variable not set: null_var");
        assertThat(validate("-var", "null_var=x", "validate/null_var.json").exitCode()).isZero();
    }

    @Test
    void ignoredHcpRegistryIsAWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path t = dir.resolve("t.pkr.hcl");
        java.nio.file.Files.writeString(t, "hcp_packer_registry {\n  bucket_name = \"my-bucket\"\n}\n"
                + "source \"null\" \"a\" {\n  communicator = \"none\"\n}\nbuild {\n  sources = [\"null.a\"]\n}\n");
        Run r = validate(t.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Warning: hcp_packer_registry is ignored\n\n  on " + t + " line 1:\n"
                + "  (source code not available)\n\nThis engine does not publish build metadata to HCP Packer: the "
                + "block is checked as Packer checks it, then ignored.\n\n\nThe configuration is valid.\n");
    }

    @Test
    void onlyMatchingNothingWarns() {
        Run r = validateWith("102.0.0", "-only=nothing.*", "validate/validate_except.pkr.hcl");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Warning: an 'only' option was passed, but not all matches were found for "
                + "the given build.\n\nPossible build names: [file.chocolate file.vanilla].");
    }

    @Test
    void legacyOnlySelectsByExactName() {
        assertThat(validateWith("102.0.0", "-only=chocolate", "validate/validate_except.json").exitCode())
                .isEqualTo(1);
        Run r = validateWith("102.0.0", "-only=chocolate", "-except=pear", "validate/validate_except.json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(validateWith("102.0.0", "-only=choc*", "validate/validate_except.json").exitCode()).isZero();
    }

    @Test
    void dataSourcesRunOnlyWhenAsked() {
        java.util.concurrent.atomic.AtomicInteger executed = new java.util.concurrent.atomic.AtomicInteger();
        var registry = io.jenkins.plugins.packer.engine.builtin.BuiltinComponents.registry().replace(
                io.jenkins.plugins.packer.engine.component.ComponentType.dataSource("mock",
                        io.jenkins.plugins.packer.engine.testing.MockDataSource.Config.class,
                        c -> new io.jenkins.plugins.packer.engine.component.DataSource() {
                            private final io.jenkins.plugins.packer.engine.testing.MockDataSource mock =
                                    new io.jenkins.plugins.packer.engine.testing.MockDataSource(c);

                            @Override
                            public io.jenkins.plugins.packer.engine.hcl.value.Type outputType() {
                                return mock.outputType();
                            }

                            @Override
                            public io.jenkins.plugins.packer.engine.hcl.value.Value execute() {
                                executed.incrementAndGet();
                                return mock.execute();
                            }
                        }));
        for (boolean evaluate : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            int code = Validate.run(new TemplateInputs(fixtures().resolve("validate/datasource.pkr.hcl"), List.of(),
                    Map.of(), List.of(), List.of()), new Validate.Options(false, evaluate, false),
                    new EngineEnvironment(Map.of(), fixtures().getParent(), registry, "1.16.0", Instant.now()),
                    new CommandOutput(new PrintWriter(out), new PrintWriter(out), false));
            assertThat(code).as(out.toString()).isZero();
            assertThat(executed.get()).isEqualTo(evaluate ? 1 : 0);
        }
    }
}
