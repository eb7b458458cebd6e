package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.config.MapDecoder;
import io.jenkins.plugins.packer.engine.config.Sensitive;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Setting up builds: per-build interpolation, component rules and Packer's error messages (packer 1.6.6). */
class LegacyBuildsTest {

    private final Diagnostics diags = new Diagnostics();

    private LegacyBuilds prepare(String json, Map<String, String> vars, RenderPolicy policy) {
        LegacyTemplate t = LegacyTemplateParser.parse("t.json", json.getBytes(StandardCharsets.UTF_8),
                Path.of("/tpl/t.json"), diags);
        assertThat(t).as(diags.toString()).isNotNull();
        return LegacyBuilds.prepare(t, new LegacyBuilds.Options(vars, Map.of("HOME", "/root")::get, Path.of("/w"),
                Instant.parse("2026-11-23T04:00:02Z"), "1.16.0", policy), diags);
    }

    private LegacyBuilds prepare(String json) {
        LegacyBuilds b = prepare(json, Map.of(), RenderPolicy.DEFAULT);
        assertThat(b).as(diags.toString()).isNotNull();
        return b;
    }

    @Test
    void variablesTheHostNamesSensitiveAreSecretsToo() {
        LegacyTemplate t = LegacyTemplateParser.parse("t.json", ("{\"variables\": {\"pw\": \"\", \"key\": \"k\","
                + " \"plain\": \"p\"}, \"sensitive-variables\": [\"key\"], \"builders\": [{\"type\": \"null\"}]}")
                .getBytes(StandardCharsets.UTF_8), Path.of("/tpl/t.json"), diags);
        LegacyBuilds b = LegacyBuilds.prepare(t, new LegacyBuilds.Options(Map.of("pw", "from-jenkins"),
                Map.of("JPACKER_SENSITIVE_VARIABLES", "pw, undeclared")::get, Path.of("/w"),
                Instant.parse("2026-11-23T04:00:02Z"), "1.16.0", RenderPolicy.DEFAULT), diags);
        assertThat(b).as(diags.toString()).isNotNull();
        assertThat(b.secrets()).containsExactlyInAnyOrder("k", "from-jenkins");
    }

    @Test
    void buildNamesAreInterpolatedWithUserVariablesAndFunctions() {
        LegacyBuilds b = prepare("{\"variables\": {\"a\": \"{{ env `HOME` }}\"}, \"builders\": [{\"type\": \"null\","
                + " \"name\": \"n-{{user `a`}}-{{timestamp}}\"}, {\"type\": \"file\"}]}");
        assertThat(b.buildNames()).containsExactly("file", "n-/root-1795406402");
    }

    @Test
    void componentConfigsAreRenderedPerBuild() {
        LegacyBuilds b = prepare("{\"variables\": {\"mem\": \"2048\", \"pw\": \"s3cret\"},"
                + " \"sensitive-variables\": [\"pw\"],"
                + " \"builders\": [{\"type\": \"qemu\", \"name\": \"vm\", \"memory\": \"{{user `mem`}}\","
                + "   \"vm_name\": \"{{build_name}}-{{build_type}}-{{user `nope`}}\","
                + "   \"nested\": {\"{{build_name}}\": [\"{{upper `x`}}\", 1, true, null]}}],"
                + " \"provisioners\": [{\"type\": \"shell\", \"inline\": [\"echo {{build `ID`}} {{build_name}}\"],"
                + "   \"password\": \"{{user `pw`}}\"}],"
                + " \"post-processors\": [[{\"type\": \"manifest\", \"output\": \"{{build `PackerRunUUID`}}.json\"}]]}");
        assertThat(b.secrets()).containsExactly("s3cret");
        LegacyBuild build = b.build("vm", List.of(), diags);
        assertThat(diags.asList()).isEmpty();
        assertThat(build.name()).isEqualTo("vm");
        assertThat(build.builder().type()).isEqualTo("qemu");
        assertThat(build.builder().config()).containsEntry("memory", "2048").containsEntry("vm_name", "vm-qemu-")
                .containsEntry("nested", Map.of("vm", java.util.Arrays.asList("X", 1.0, true, null)));
        assertThat(build.provisioners().get(0).config())
                .containsEntry("inline", List.of("echo {{.ID}} vm")).containsEntry("password", "s3cret");
        assertThat(build.postProcessors().get(0).get(0).config()).containsEntry("output", "{{.PackerRunUUID}}.json");
    }

    record QemuLike(int memory, String vmName, @Sensitive String password) {
    }

    @Test
    void renderedConfigsDecodeWeaklyIntoComponentRecords() {
        LegacyBuilds b = prepare("{\"variables\": {\"mem\": \"2048\"}, \"builders\": [{\"type\": \"qemu\","
                + " \"memory\": \"{{user `mem`}}\", \"vm_name\": 7, \"password\": \"{{user `mem`}}x\", \"bogus\": 1}]}");
        LegacyBuild.BuilderConfig c = b.build("qemu", List.of(), diags).builder();
        Decoded<QemuLike> d = MapDecoder.decode(ConfigSchema.of(QemuLike.class), c.config(), diags,
                c.source().range(), c::keyRange);
        assertThat(d.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary)
                .containsExactly("unknown configuration key: '\"bogus\"'");
        assertThat(diags.asList().get(0).subject().start().column()).isGreaterThan(1);
        Map<String, Object> cfg = new java.util.HashMap<>(c.config());
        cfg.remove("bogus");
        Decoded<QemuLike> ok = MapDecoder.decode(ConfigSchema.of(QemuLike.class), cfg, new Diagnostics(),
                c.source().range(), c::keyRange);
        assertThat(ok.config()).isEqualTo(new QemuLike(2048, "7", "2048x"));
        assertThat(ok.secrets()).containsExactly("2048x");
    }

    @Test
    void renderAndSyntaxErrorsUsePackersWording() {
        LegacyBuilds b = prepare("{\"builders\": [{\"type\": \"null\", \"ssh_host\": \"{{split `a` `-` 3}}\","
                + " \"x\": [\"ok\", \"{{ nosuch }}\"]}]}");
        assertThat(b.build("null", List.of(), diags)).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsOnly("Failed to prepare build: \"null\"");
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "render 'ssh_host': template: root:1:2: executing \"root\" at <split `a` `-` 3>: error calling split:"
                        + " the substring 3 was unavailable using the separator value, -, only 1 values were found"
                        + " in:\n\n{{split `a` `-` 3}}",
                "invalid 'x': template: root:1: function \"nosuch\" not defined in:\n\n{{ nosuch }}");
        assertThat(diags.asList().get(0).subject().start().line()).isEqualTo(1);
    }

    @Test
    void excludedKeysAreCheckedButLeftForTheComponent() {
        RenderPolicy policy = new RenderPolicy() {
            @Override
            public Set<String> excludedKeys(ComponentKind kind, String type) {
                return kind == ComponentKind.BUILDER ? Set.of("boot_command") : Set.of();
            }

            @Override
            public List<String> generatedDataKeys(String builderType) {
                return List.of("QemuHost");
            }
        };
        LegacyBuilds b = prepare("{\"builders\": [{\"type\": \"qemu\", \"Boot_Command\": [\"http://{{ .HTTPIP }}/"
                + "{{user `x`}}\"], \"other\": \"{{ .HTTPIP }}\"}], \"provisioners\": [{\"type\": \"shell\","
                + " \"inline\": \"{{build `QemuHost`}}\"}]}", Map.of(), policy);
        LegacyBuild build = b.build("qemu", List.of(), diags);
        assertThat(build.builder().config()).containsEntry("Boot_Command", List.of("http://{{ .HTTPIP }}/{{user `x`}}"))
                .containsEntry("other", "<no value>");
        assertThat(build.provisioners().get(0).config()).containsEntry("inline", "{{.QemuHost}}");
        LegacyBuilds bad = prepare("{\"builders\": [{\"type\": \"qemu\", \"boot_command\": [\"{{ nosuch }}\"]}]}",
                Map.of(), policy);
        assertThat(bad.build("qemu", List.of(), diags)).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail)
                .containsExactly("invalid 'boot_command': template: root:1: function \"nosuch\" not defined in:\n\n"
                        + "{{ nosuch }}");
    }

    @Test
    void maxRetriesMustBeAnInteger() {
        LegacyBuilds b = prepare("{\"variables\": {\"r\": \"3\"}, \"builders\": [{\"type\": \"null\"}],"
                + " \"provisioners\": [{\"type\": \"a\", \"max_retries\": \"{{user `r`}}\", \"pause_before\": \"2s\","
                + " \"timeout\": \"1m\"}, {\"type\": \"b\", \"max_retries\": \"x\"}]}");
        assertThat(b.build("null", List.of(), diags)).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("Failed to initialize build \"null\"");
        assertThat(diags.asList()).extracting(Diagnostic::detail)
                .containsExactly("`max_retries` must be a valid integer: strconv.Atoi: parsing \"x\": invalid syntax");
        LegacyBuilds ok = prepare("{\"variables\": {\"r\": \"3\"}, \"builders\": [{\"type\": \"null\"}],"
                + " \"provisioners\": [{\"type\": \"a\", \"max_retries\": \"{{user `r`}}\", \"pause_before\": \"2s\","
                + " \"timeout\": \"1m\"}]}");
        LegacyBuild.ProvisionerConfig p = ok.build("null", List.of(), new Diagnostics()).provisioners().get(0);
        assertThat(p.maxRetries()).isEqualTo(3);
        assertThat(p.pauseBefore()).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.timeout()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void overridesMergeAndOnlyExceptUseTheRawBuilderName() {
        LegacyBuilds b = prepare("{\"variables\": {\"v\": \"X\"}, \"builders\": [{\"type\": \"null\", \"name\":"
                + " \"a-{{user `v`}}\"}, {\"type\": \"null\", \"name\": \"b\"}], \"provisioners\": [{\"type\": \"shell\","
                + " \"only\": [\"a-{{user `v`}}\"], \"env\": {\"A\": \"1\", \"B\": \"2\"}, \"inline\": [\"x\"],"
                + " \"override\": {\"a-{{user `v`}}\": {\"env\": {\"B\": \"3\"}, \"inline\": [\"y\"]}}}],"
                + " \"error-cleanup-provisioner\": {\"type\": \"shell-local\", \"inline\": [\"{{build_name}}\"]}}");
        assertThat(b.buildNames()).containsExactly("a-X", "b");
        LegacyBuild a = b.build("a-X", List.of(), diags);
        assertThat(a.provisioners().get(0).config()).containsEntry("env", Map.of("A", "1", "B", "3"))
                .containsEntry("inline", List.of("y"));
        assertThat(a.cleanupProvisioner().config()).containsEntry("inline", List.of("a-X"));
        assertThat(b.build("b", List.of(), diags).provisioners()).isEmpty();
    }

    @Test
    void exceptedPostProcessorsCutTheirChain() {
        LegacyBuilds b = prepare("{\"builders\": [{\"type\": \"null\"}, {\"type\": \"file\"}], \"post-processors\":"
                + " [[\"a\", {\"type\": \"b\", \"name\": \"bee\"}, \"c\"], [{\"type\": \"d\", \"only\": [\"file\"]}],"
                + " [{\"type\": \"e\", \"keep_input_artifact\": true}]]}");
        LegacyBuild all = b.build("null", List.of(), diags);
        assertThat(all.postProcessors()).hasSize(2);
        assertThat(all.postProcessors().get(0)).extracting(LegacyBuild.PostProcessorConfig::name)
                .containsExactly("a", "bee", "c");
        assertThat(all.postProcessors().get(1).get(0).keepInputArtifact()).isTrue();
        LegacyBuild cut = b.build("null", List.of("bee"), diags);
        assertThat(cut.postProcessors().get(0)).extracting(LegacyBuild.PostProcessorConfig::type)
                .containsExactly("a");
        assertThat(b.build("file", List.of(), diags).postProcessors()).hasSize(3);
    }
}
