package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resolution of user variables: Packer's iterative rule, its verdicts and its messages (packer 1.6.6). */
class UserVariablesTest {

    private final Diagnostics diags = new Diagnostics();

    private UserVariables.Resolved resolve(String variables, Map<String, String> cli) {
        String json = "{\"variables\": " + variables + ", \"builders\": [{\"type\": \"null\"}]}";
        LegacyTemplate t = LegacyTemplateParser.parse("t.json", json.getBytes(StandardCharsets.UTF_8), null, diags);
        InterpolationContext ctx = new InterpolationContext(null, false, Map.of("E", "env")::get, "", "", null,
                "1.16.0", Instant.EPOCH, Path.of("/"), null, null);
        return UserVariables.resolve(t, cli, ctx, diags);
    }

    @Test
    void variablesUseEachOtherInAnyOrderAndEnv() {
        UserVariables.Resolved r = resolve("{\"z\": \"{{user `a`}}-{{env `E`}}\", \"a\": \"{{user `m`}}!\","
                + " \"m\": \"m\"}", Map.of());
        assertThat(r.values()).containsExactly(Map.entry("z", "m!-env"), Map.entry("a", "m!"), Map.entry("m", "m"));
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void cliValuesWinAndAreInterpolatedAndNeedNotBeDeclared() {
        UserVariables.Resolved r = resolve("{\"a\": \"default\"}", Map.of("a", "{{user `b`}}+", "b", "B"));
        assertThat(r.values()).containsEntry("a", "B+").containsEntry("b", "B");
    }

    @Test
    void commandLineValuesAreVisibleRawFromTheStartAsInPacker() {
        // packer 1.6.6 console prints {{user `a`}} for both
        UserVariables.Resolved r = resolve("{\"a\": \"{{user `b`}}\"}", Map.of("b", "{{user `a`}}"));
        assertThat(r.values()).containsEntry("a", "{{user `a`}}").containsEntry("b", "{{user `a`}}");
    }

    @Test
    void aCycleFailsWithPackersMessage() {
        assertThat(resolve("{\"a\": \"{{user `a`}}\"}", Map.of())).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly("Failed to interpolate \"a\": "
                + "\"{{user `a`}}\"; error: template: root:1:2: executing \"root\" at <user `a`>: error calling user: "
                + "Error: variable not set: a: Please make sure that the variable you're referencing has been "
                + "defined; Packer treats all variables used to interpolate other user variables as required.");
    }

    @Test
    void anUnresolvableVariableBesideResolvedOnesIsOnlyAWarningAsInPacker() {
        // packer 1.6.6 validates this template: x stays unset
        UserVariables.Resolved r = resolve("{\"x\": \"{{user `y`}}\", \"z\": \"{{user `w`}}\", \"w\": \"a\"}",
                Map.of());
        assertThat(r).isNotNull();
        assertThat(r.values()).containsEntry("z", "a").doesNotContainKey("x");
        assertThat(diags.asList()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.detail()).contains("\"x\"").contains("variable not set: y");
            assertThat(d.subject().start().line()).isEqualTo(1);
        });
    }

    @Test
    void otherErrorsStopAtOnce() {
        assertThat(resolve("{\"a\": \"{{ nosuch }}\"}", Map.of())).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "error interpolating default value for 'a': template: root:1: function \"nosuch\" not defined");
        Diagnostics d2 = new Diagnostics();
        String json = "{\"variables\": {\"b\": \"{{build_name}}\"}, \"builders\": [{\"type\": \"null\"}]}";
        LegacyTemplate t = LegacyTemplateParser.parse("t.json", json.getBytes(StandardCharsets.UTF_8), null, d2);
        assertThat(UserVariables.resolve(t, Map.of(), new InterpolationContext(null, false, null, "", "", null, "",
                Instant.EPOCH, Path.of("/"), null, null), d2)).isNull();
        assertThat(d2.asList()).extracting(Diagnostic::detail).containsExactly("template: root:1:2: executing "
                + "\"root\" at <build_name>: error calling build_name: build_name not available");
    }

    @Test
    void requiredVariablesMustBeGiven() {
        assertThat(resolve("{\"a\": null, \"b\": null}", Map.of("b", "x"))).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly("required variable not set: a");
        Diagnostics ok = new Diagnostics();
        String json = "{\"variables\": {\"a\": null}, \"builders\": [{\"type\": \"null\"}]}";
        LegacyTemplate t = LegacyTemplateParser.parse("t.json", json.getBytes(StandardCharsets.UTF_8), null, ok);
        assertThat(UserVariables.resolve(t, Map.of("a", ""), new InterpolationContext(null, false, null, "", "",
                null, "", Instant.EPOCH, Path.of("/"), null, null), ok).values()).containsEntry("a", "");
    }

    @Test
    void placeholdersForComponentsAreKeptButOtherDotFieldsAreRendered() {
        UserVariables.Resolved r = resolve("{\"a\": \"{{ .HTTPIP }}:{{.HTTPPort}}\", \"b\": \"{{  .X }}\"}",
                Map.of());
        assertThat(r.values()).containsEntry("a", "{{ .HTTPIP }}:{{.HTTPPort}}").containsEntry("b", "<no value>");
    }

    @Test
    void secretsAreTheSensitiveValues() {
        String json = "{\"variables\": {\"p\": \"{{user `q`}}\", \"q\": \"pw\", \"e\": \"\"},"
                + " \"sensitive-variables\": [\"p\", \"e\", \"undeclared\"], \"builders\": [{\"type\": \"null\"}]}";
        LegacyTemplate t = LegacyTemplateParser.parse("t.json", json.getBytes(StandardCharsets.UTF_8), null, diags);
        assertThat(t.sensitiveVariables()).containsExactly("p", "e");
        UserVariables.Resolved r = UserVariables.resolve(t, Map.of(), new InterpolationContext(null, false, null,
                "", "", null, "", Instant.EPOCH, Path.of("/"), null, null), diags);
        assertThat(r.secrets()).containsExactly("pw");
    }
}
