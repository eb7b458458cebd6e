package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * packer-plugin-sdk's template tests (corpus packer-sdk-legacy-json, EXPECTED.md): every parse OK/ERROR case,
 * the syntax-error positions, the duplicate-field errors and the Template.Validate cases.
 */
class SdkCorpusTest {

    private static Path fixture(String name) {
        return Corpus.dir("packer-sdk-legacy-json/template/test-fixtures").resolve(name);
    }

    private static String details(Diagnostics d) {
        return d.asList().stream().map(x -> x.subject() + " " + x.detail()).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"parse-basic", "parse-basic-config", "parse-provisioner-basic",
        "parse-provisioner-config", "parse-provisioner-pause-before", "parse-provisioner-retry",
        "parse-provisioner-timeout", "parse-provisioner-only", "parse-provisioner-except",
        "parse-provisioner-override", "parse-variable-default", "parse-variable-required", "parse-pp-basic",
        "parse-pp-keep", "parse-pp-only", "parse-pp-except", "parse-pp-string", "parse-pp-map", "parse-pp-slice",
        "parse-pp-multi", "parse-description", "parse-min-version", "parse-comment", "parse-monolithic",
        "parse-contents"})
    void parsesTheValidFixtures(String name) {
        Diagnostics d = new Diagnostics();
        LegacyTemplate t = LegacyTemplateParser.parseFile(fixture(name + ".json"), d);
        assertThat(d.asList()).as(details(d)).isEmpty();
        assertThat(t).isNotNull();
        assertThat(t.path()).isAbsolute();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "parse-builder-no-type       | builder 1: missing 'type'                                    | 2,18",
        "parse-builder-repeat        | builder 2: builder with name 'something' already exists    | 4,9",
        "parse-provisioner-no-type   | provisioner 1: Provisioner missing 'type'                   | 3,9",
        "parse-pp-no-type            | post-processor 1.1: type is required                         | 2,25"})
    void rejectsTheInvalidFixturesWithTheSdkMessageAtTheComponent(String name, String message, String at) {
        Diagnostics d = new Diagnostics();
        assertThat(LegacyTemplateParser.parseFile(fixture(name + ".json"), d)).isNull();
        assertThat(d.asList()).hasSize(1);
        Diagnostic diag = d.asList().get(0);
        assertThat(diag.summary()).isEqualTo("Failed to parse template");
        assertThat(diag.detail()).isEqualTo(message);
        assertThat(diag.subject().start().line() + "," + diag.subject().start().column()).isEqualTo(at);
        assertThat(diag.subject().filename()).endsWith(name + ".json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "error-beginning | line 1, column 1 (offset 1)    | invalid character '*' looking for beginning of value | 1,1",
        "error-middle    | line 5, column 6 (offset 50)   | invalid character '}' looking for beginning of object key string | 5,5",
        "error-end       | line 1, column 30 (offset 30)  | invalid character '*' after object key:value pair | 1,30",
        "malformed       | line 16, column 3 (offset 433) | invalid character ']' after top-level value | 16,2"})
    void syntaxErrorsReportGoPositions(String name, String goPosition, String message, String at) {
        Diagnostics d = new Diagnostics();
        assertThat(LegacyTemplateParser.parseFile(fixture(name + ".json"), d)).isNull();
        assertThat(d.asList()).hasSize(1);
        Diagnostic diag = d.asList().get(0);
        assertThat(diag.detail()).startsWith("Error parsing JSON: " + message + "\nAt " + goPosition + ":\n");
        assertThat(diag.subject().start().line() + "," + diag.subject().start().column()).isEqualTo(at);
    }

    @org.junit.jupiter.api.Test
    void syntaxErrorDetailIsPackersWholeReport() {
        // as packer 1.6.6 prints them after "Failed to parse template: "
        Diagnostics d = new Diagnostics();
        LegacyTemplateParser.parseFile(fixture("malformed.json"), d);
        LegacyTemplateParser.parseFile(fixture("error-beginning.json"), d);
        LegacyTemplateParser.parseFile(fixture("error-middle.json"), d);
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly(
                "Error parsing JSON: invalid character ']' after top-level value\n"
                        + "At line 16, column 3 (offset 433):\n"
                        + "   15:   }]\n"
                        + "   16: }]\n"
                        + "        ^\n",
                "Error parsing JSON: invalid character '*' looking for beginning of value\n"
                        + "At line 1, column 1 (offset 1):\n"
                        + "    1: *\n"
                        + "      ^\n",
                "Error parsing JSON: invalid character '}' looking for beginning of object key string\n"
                        + "At line 5, column 6 (offset 50):\n"
                        + "    4:       \"type\":\"test\",\n"
                        + "    5:     }\n"
                        + "           ^\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "error-duplicate-variables | variables | 5,3",
        "error-duplicate-config    | foo       | 8,7"})
    void duplicateFieldsAreErrors(String name, String field, String at) {
        Diagnostics d = new Diagnostics();
        assertThat(LegacyTemplateParser.parseFile(fixture(name + ".json"), d)).isNull();
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly("template has duplicate field: " + field);
        Diagnostic diag = d.asList().get(0);
        assertThat(diag.subject().start().line() + "," + diag.subject().start().column()).isEqualTo(at);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate-good-prov-timeout", "validate-good-override", "validate-good-prov-only",
        "validate-good-prov-except", "validate-good-pp-only", "validate-good-pp-except"})
    void validatesTheGoodFixtures(String name) {
        Diagnostics d = new Diagnostics();
        LegacyTemplate t = LegacyTemplateParser.parseFile(fixture(name + ".json"), d);
        assertThat(LegacyTemplateValidator.validate(t, "1.16.0", d)).isTrue();
        assertThat(d.asList()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "validate-no-builders      | at least one builder must be defined",
        "validate-bad-override     | provisioner 1: override 'bar' doesn't exist",
        "validate-bad-prov-only    | provisioner 1: 'only' specified builder 'bar' not found",
        "validate-bad-prov-except  | provisioner 1: 'except' specified builder 'bar' not found",
        "validate-bad-pp-only      | post-processor 1.1: 'only' specified builder 'bar' not found",
        "validate-bad-pp-except    | post-processor 1.1: 'except' specified builder 'bar' not found"})
    void rejectsTheBadFixtures(String name, String message) {
        Diagnostics d = new Diagnostics();
        LegacyTemplate t = LegacyTemplateParser.parseFile(fixture(name + ".json"), d);
        assertThat(d.asList()).isEmpty();
        assertThat(LegacyTemplateValidator.validate(t, "1.16.0", d)).isFalse();
        assertThat(d.asList()).extracting(Diagnostic::detail).containsExactly(message);
        assertThat(d.asList().get(0).subject()).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void theMonolithicFixtureIsReadCompletely() {
        Diagnostics d = new Diagnostics();
        LegacyTemplate t = LegacyTemplateParser.parseFile(fixture("parse-monolithic.json"), d);
        assertThat(t.description()).isEqualTo("Description Test");
        assertThat(t.minVersion()).isEqualTo("1.3.0");
        assertThat(t.comments()).containsEntry("_comment", "comment");
        assertThat(t.variables().keySet()).containsExactly("one", "two", "three");
        assertThat(t.variables().get("three").required()).isTrue();
        assertThat(t.sensitiveVariables()).containsExactly("one");
        assertThat(t.builders().keySet()).containsExactly("amazon-ebs", "docker");
        assertThat(t.builders().get("docker").config()).containsEntry("image", "ubuntu")
                .doesNotContainKeys("type", "name");
        assertThat(t.provisioners()).hasSize(2);
        assertThat(t.provisioners().get(1).override()).containsKey("docker");
        assertThat(t.provisioners().get(1).config()).containsOnlyKeys("script");
        List<List<LegacyPostProcessor>> pps = t.postProcessors();
        assertThat(pps).hasSize(2);
        assertThat(pps.get(0)).extracting(LegacyPostProcessor::type).containsExactly("compress", "vagrant");
        assertThat(pps.get(0).get(1).onlyExcept().only()).containsExactly("docker");
        assertThat(pps.get(1).get(0).onlyExcept().except()).containsExactly("amazon-ebs");
        assertThat(pps.get(1).get(0).config()).containsOnlyKeys("inline");
    }
}
