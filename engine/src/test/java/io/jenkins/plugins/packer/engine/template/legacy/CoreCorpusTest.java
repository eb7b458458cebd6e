package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Packer core's legacy JSON tests (corpus packer-legacy-json, expectations from packer/core_test.go): validation,
 * user variable interpolation, env and var-file variables, sensitive variables, build names and the
 * build-time template values.
 */
class CoreCorpusTest {

    private static final Map<String, String> ENV = Map.of(
            "PACKER_TEST_ENV", "test",
            "INTERPOLATE_TEST_ENV_1", "bulbasaur",
            "INTERPOLATE_TEST_ENV_2", "5",
            "INTERPOLATE_TEST_ENV_3", "/path/to/nowhere",
            "INTERPOLATE_TEST_ENV_4", "bananas");

    private final Diagnostics diags = new Diagnostics();

    private static Path fixture(String name) {
        return Corpus.dir("packer-legacy-json/packer/test-fixtures").resolve(name);
    }

    private LegacyTemplate template(String name) {
        LegacyTemplate t = LegacyTemplateParser.parseFile(fixture(name), diags);
        assertThat(t).as(diags.toString()).isNotNull();
        return t;
    }

    private LegacyBuilds core(String name, Map<String, String> vars, String version) {
        LegacyTemplate t = template(name);
        return LegacyBuilds.prepare(t, new LegacyBuilds.Options(vars, ENV::get, Path.of("/work/dir"),
                Instant.parse("2024-02-03T04:05:06Z"), version, RenderPolicy.DEFAULT), diags);
    }

    private LegacyBuilds core(String name, Map<String, String> vars) {
        LegacyBuilds c = core(name, vars, EngineVersion.current().packerCompatible());
        assertThat(c).as(diags.toString()).isNotNull();
        return c;
    }

    private LegacyBuild build(LegacyBuilds core, String name) {
        LegacyBuild b = core.build(name, List.of(), diags);
        assertThat(b).as(diags.toString()).isNotNull();
        assertThat(diags.hasErrors()).isFalse();
        return b;
    }

    @Test
    void coreValidate() {
        assertThat(core("validate-dup-builder.json", Map.of(), "1.0.0")).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail)
                .containsExactly("provisioner 1: 'only' specified builder 'bar' not found");

        Diagnostics d2 = new Diagnostics();
        LegacyTemplate req = LegacyTemplateParser.parseFile(fixture("validate-req-variable.json"), d2);
        assertThat(LegacyBuilds.prepare(req, options(Map.of(), "1.0.0"), d2)).isNull();
        assertThat(d2.asList()).extracting(Diagnostic::detail).containsExactly("required variable not set: foo");
        assertThat(d2.asList().get(0).subject().start().line()).isEqualTo(3);
        assertThat(LegacyBuilds.prepare(req, options(Map.of("foo", "bar"), "1.0.0"), new Diagnostics())).isNotNull();

        LegacyTemplate low = LegacyTemplateParser.parseFile(fixture("validate-min-version.json"), diags);
        assertThat(LegacyBuilds.prepare(low, options(Map.of("foo", "bar"), "1.0.0"), diags)).isNotNull();
        LegacyTemplate high = LegacyTemplateParser.parseFile(fixture("validate-min-version-high.json"), diags);
        Diagnostics d3 = new Diagnostics();
        assertThat(LegacyBuilds.prepare(high, options(Map.of("foo", "bar"), "1.0.0"), d3)).isNull();
        assertThat(d3.asList()).extracting(Diagnostic::detail)
                .containsExactly("This template requires Packer version 2.1.0 or higher; using 1.0.0");
        Diagnostics d4 = new Diagnostics();
        assertThat(LegacyBuilds.prepare(high, options(Map.of(), EngineVersion.current().packerCompatible()), d4))
                .isNull();
        assertThat(d4.asList()).extracting(Diagnostic::detail).containsExactly(
                "This template requires Packer version 2.1.0 or higher; using "
                        + EngineVersion.current().packerCompatible());
        assertThat(d4.asList().get(0).subject().start().line()).isEqualTo(2);
    }

    private static LegacyBuilds.Options options(Map<String, String> vars, String version) {
        return new LegacyBuilds.Options(vars, ENV::get, Path.of("/work/dir"), Instant.EPOCH, version,
                RenderPolicy.DEFAULT);
    }

    @Test
    void interpolateUserVars() {
        assertThat(core("build-variables-interpolate.json", Map.of()).variables().values())
                .containsExactlyInAnyOrderEntriesOf(Map.of("foo", "bar", "bar", "bar", "baz", "barbaz",
                        "bang", "bangbarbaz"));
        assertThat(diags.asList()).isEmpty();

        assertThat(core("build-variables-interpolate2.json", Map.of(), "1.0.0")).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "Failed to interpolate \"baz\": \"{{user `bar`}}baz\"; error: template: root:1:2: executing "
                        + "\"root\" at <user `bar`>: error calling user: Error: variable not set: bar: Please make "
                        + "sure that the variable you're referencing has been defined; Packer treats all variables "
                        + "used to interpolate other user variables as required.");
    }

    @Test
    void interpolateUserVarsFromVarFiles() {
        Map<String, String> vars = Map.of("name", "gotta-{{user `my_var`}}", "my_var", "interpolate-em-all");
        Map<String, String> expected = Map.of("name", "gotta-interpolate-em-all", "my_var", "interpolate-em-all");
        assertThat(core("build-basic-interpolated.json", vars).variables().values())
                .containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(core("build-basic-interpolated-required.json", vars).variables().values())
                .containsExactlyInAnyOrderEntriesOf(expected);
        // the var files of the fixtures, read as -var-file would
        Map<String, String> fromFiles = new LinkedHashMap<>();
        fromFiles.putAll(LegacyVarFile.read(fixture("build-var-file-interpolate.json"), diags));
        fromFiles.putAll(LegacyVarFile.read(fixture("build-var-file-interpolate2.json"), diags));
        assertThat(core("build-basic-interpolated.json", fromFiles).variables().values())
                .containsEntry("name", "interpolate this, yall");
    }

    @Test
    void envAndFileVars() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("var_1", "partyparrot");
        vars.put("var_2", "{{user `env_1`}}-{{user `env_2`}}{{user `env_3`}}-{{user `var_1`}}");
        vars.put("final_var", "{{user `env_1`}}/{{user `env_2`}}/{{user `env_4`}}{{user `env_3`}}-{{user `var_1`}}"
                + "/vmware/{{user `var_2`}}.vmx");
        assertThat(core("complex-recursed-env-user-var-file.json", vars).variables().values())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "var_1", "partyparrot",
                        "var_2", "bulbasaur-5/path/to/nowhere-partyparrot",
                        "final_var", "bulbasaur/5/bananas/path/to/nowhere-partyparrot/vmware/"
                                + "bulbasaur-5/path/to/nowhere-partyparrot.vmx",
                        "env_1", "bulbasaur",
                        "env_2", "5",
                        "env_3", "/path/to/nowhere",
                        "env_4", "bananas"));
    }

    @Test
    void sensitiveVariablesAreSecrets() {
        assertThat(core("sensitive-variables.json", Map.of("foo", "bar")).secrets()).containsExactly("bar");
        assertThat(core("sensitive-variables.json", Map.of("foo", "bar", "bang", "{{ user `foo`}}")).secrets())
                .containsExactly("bar");
        assertThat(core("sensitive-variables.json", Map.of()).secrets())
                .containsExactly("bar_extra_sensitive_probably_a_password");
    }

    @Test
    void buildNames() {
        assertThat(core("build-names-basic.json", Map.of()).buildNames()).containsExactly("something");
        assertThat(core("build-names-func.json", Map.of()).buildNames()).containsExactly("TUBES");
        assertThat(core("build-basic-interpolated.json", Map.of()).buildNames()).containsExactly("NAME");
        assertThat(core("build-interpolated-name.json", Map.of("build_name", "mine")).buildNames())
                .containsExactly("mine");
        LegacyBuilds basic = core("build-basic.json", Map.of());
        assertThat(basic.build("nope", List.of(), diags)).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly("no such build found: nope");
    }

    @Test
    void envIsOnlyAvailableInVariables() {
        LegacyBuild b = build(core("build-env.json", Map.of()), "test");
        assertThat(b.builder().config()).containsEntry("value", "test");
        assertThat(b.builder().type()).isEqualTo("test");
    }

    @Test
    void templateVariablesAreKeptForComponents() {
        Map<String, String> v = core("build-ignore-template-variable.json", Map.of()).variables().values();
        assertThat(v).containsEntry("http_ip", "{{ .HTTPIP }}")
                .containsEntry("var", "test_{{ .PACKER_TEST_TEMP }}")
                .containsEntry("array_var", "us-west-1,us-west-2");
    }

    @Test
    void buildNameTypeTemplateDirAndVersion() {
        assertThat(build(core("build-var-build-name.json", Map.of()), "test").builder().config())
                .containsEntry("value", "test");
        assertThat(build(core("build-var-build-type.json", Map.of()), "test").builder().config())
                .containsEntry("value", "test");
        assertThat(build(core("build-template-path.json", Map.of()), "test").builder().config())
                .containsEntry("value", fixture("x").getParent().toAbsolutePath().normalize().toString());
        assertThat(build(core("build-var-packer-version.json", Map.of()), "test").builder().config())
                .containsEntry("value", EngineVersion.current().packerCompatible());
        assertThat(build(core("build-split-func.json", Map.of()), "test").builder().config())
                .containsEntry("value", "foo");
    }

    @Test
    void provisionersOnlyExceptOverrideAndRetries() {
        assertThat(build(core("build-prov.json", Map.of()), "test").provisioners())
                .extracting(LegacyBuild.ProvisionerConfig::type).containsExactly("test");
        LegacyBuilds skip = core("build-prov-skip.json", Map.of());
        assertThat(skip.buildNames()).containsExactly("foo", "test");
        assertThat(build(skip, "test").provisioners()).isEmpty();
        assertThat(build(skip, "foo").provisioners()).hasSize(1);
        assertThat(build(core("build-prov-skip-include.json", Map.of()), "test").provisioners()).hasSize(1);
        assertThat(build(core("build-prov-override.json", Map.of()), "test").provisioners().get(0).config())
                .containsEntry("foo", "bar");
        assertThat(build(core("build-prov-retry.json", Map.of()), "test").provisioners())
                .extracting(LegacyBuild.ProvisionerConfig::maxRetries).containsExactly(1, 1);
    }

    @Test
    void postProcessorsAndPush() {
        LegacyBuild b = build(core("build-pp.json", Map.of()), "test");
        assertThat(b.postProcessors()).hasSize(1);
        assertThat(b.postProcessors().get(0)).extracting(LegacyBuild.PostProcessorConfig::type).containsExactly("test");
        assertThat(build(core("build-pp.json", Map.of()), "test").postProcessors()).isNotEmpty();
        assertThat(core("build-pp.json", Map.of()).build("test", List.of("test"), diags).postProcessors()).isEmpty();
        assertThat(core("push-vars.json", Map.of("foo", "bar")).buildNames()).containsExactly("test");
    }
}
