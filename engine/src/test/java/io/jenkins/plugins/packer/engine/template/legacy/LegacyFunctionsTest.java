package io.jenkins.plugins.packer.engine.template.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The legacy template functions. Expected strings marked "packer 1.6.6" were printed by {@code packer console}
 * of Debian's packer for the same expression (at the instant used here).
 */
class LegacyFunctionsTest {

    private static InterpolationContext ctx(Instant now, boolean variables) {
        return new InterpolationContext(Map.of("a", "x", "n", "2"), variables, Map.of("HOME", "/home/me")::get,
                "", "", Path.of("/tpl/dir/t.json"), "1.16.0", now, Path.of("/work"), null, Map.of());
    }

    private static String render(String text, InterpolationContext c) throws GoTemplateException {
        return Interpolator.renderOnce(text, c);
    }

    private static String render(String text) throws GoTemplateException {
        return render(text, ctx(Instant.parse("2026-11-23T03:59:37.765Z"), false));
    }

    @Test
    void isotimeFormatsGoLayouts() throws Exception {
        assertThat(render("{{isotime}}")).isEqualTo("2026-11-23T03:59:37Z");
        // packer 1.6.6
        assertThat(render("{{isotime \"2006-01-02 Mon Jan 15:04:05.000 MST -0700 Z07:00 pm _2 __2 002\"}}"))
                .isEqualTo("2026-11-23 Mon Nov 03:59:37.765 UTC +0000 Z am 23 327 327");
        assertThat(render("{{isotime \"Monday January 3 PM 1 4 5 .999999 .000000 ,000 -07 -07:00 Z0700 Z07 MST 06"
                + " Mon\"}}", ctx(Instant.parse("2026-11-23T03:59:47.271800Z"), false)))
                .isEqualTo("Monday November 3 AM 11 59 47 .2718 .271800 ,271 +00 +00:00 Z Z UTC 26 Mon");
        assertThat(render("{{isotime \"\"}}")).isEmpty();
        assertThat(render("{{isotime \"Janet _2006 .9 .0x 01-02\"}}", ctx(Instant.parse("2024-03-05T00:00:00Z"),
                false))).isEqualTo("Janet _2024  .0x 03-05");
        assertThatThrownBy(() -> render("{{isotime \"a\" \"b\"}}")).hasMessage("template: root:1:2: executing \"root\""
                + " at <isotime \"a\" \"b\">: error calling isotime: too many values, 1 needed: [a b]");
    }

    @Test
    void strftimeKnowsItsDirectivesAndCopiesTheRest() throws Exception {
        // packer 1.6.6
        assertThat(render("{{strftime \"%Y-%m-%d %H:%M:%S|%a|%A|%b|%B|%c|%C|%D|%e|%f|%F|%I|%j|%k|%l|%L|%p|%r|%R|%T"
                + "|%u|%w|%y|%z|%Z|%%|%0|%Q|%h|%n|%t|%x|%X|%U|%s\"}}", ctx(Instant.parse("2026-11-23T03:59:37.407Z"),
                false))).isEqualTo("2026-11-23 03:59:37|Mon|Monday|Nov|November|%c|%C|%D|%e|%f|%F|03|%j|%k|%l|.407|"
                + "AM|%r|%R|%T|%u|%w|26|+0000|UTC|%|%0|%Q|%h|%n|%t|%x|%X|%U|%s");
        assertThat(render("{{strftime \"a%\"}}|{{strftime \"%%%Y\"}}|{{strftime \"2006 Jan\"}}"))
                .isEqualTo("a%|%2026|2006 Jan");
    }

    @Test
    void timestampIsTheRunStart() throws Exception {
        assertThat(render("{{timestamp}}")).isEqualTo("1795406377");
        assertThat(render("{{ timestamp | printf \"%s-x\" }}")).isEqualTo("1795406377-x");
    }

    @Test
    void stringFunctions() throws Exception {
        assertThat(render("{{split \"a-b-c\" \"-\" 1}}|{{split \"abc\" \"\" 1}}|{{split \"\" \"-\" 0}}"))
                .isEqualTo("b|b|");
        assertThatThrownBy(() -> render("{{split \"a-b-c\" \"-\" 5}}")).hasMessageEndingWith(
                "error calling split: the substring 5 was unavailable using the separator value, -, only 3 values"
                        + " were found");
        assertThatThrownBy(() -> render("{{split \"a\" \"-\" \"1\"}}"))
                .hasMessageEndingWith("at <\"1\">: expected integer; found \"1\"");
        assertThat(render("{{replace \"a\" \"b\" 1 \"aaa\"}}|{{replace \"a\" \"b\" -1 \"aaa\"}}|{{replace \"\" \"-\" 2 \"ab\"}}"))
                .isEqualTo("baa|bbb|-a-b");
        assertThat(render("{{replace_all \"a\" \"b\" \"aaa\"}}|{{upper `ab`}}|{{lower \"AB\"}}|{{ user `a` | upper }}"))
                .isEqualTo("bbb|AB|ab|X");
        assertThatThrownBy(() -> render("{{upper 5}}"))
                .hasMessage("template: root:1:8: executing \"root\" at <5>: expected string; found 5");
        assertThatThrownBy(() -> render("{{upper}}")).hasMessageEndingWith(
                "at <upper>: wrong number of args for upper: want 1 got 0");
    }

    @Test
    void sedIsDeprecated() {
        assertThatThrownBy(() -> render("{{sed \"s/a/b/\" \"abc\"}}")).hasMessage("template: root:1:2: executing "
                + "\"root\" at <sed \"s/a/b/\" \"abc\">: error calling sed: template function `sed` is deprecated use "
                + "`replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine");
    }

    @Test
    void userEnvAndTheVariablesSection() throws Exception {
        InterpolationContext outside = ctx(Instant.EPOCH, false);
        InterpolationContext inVariables = ctx(Instant.EPOCH, true);
        assertThat(render("{{user `a`}}|{{user `nope`}}|", outside)).isEqualTo("x||");
        assertThatThrownBy(() -> render("{{user `nope`}}", inVariables))
                .hasMessageEndingWith("error calling user: Error: variable not set: nope");
        assertThat(render("{{env `HOME`}}|{{env `NOPE`}}|", inVariables)).isEqualTo("/home/me||");
        assertThatThrownBy(() -> render("{{env `HOME`}}", outside)).hasMessage("template: root:1:2: executing "
                + "\"root\" at <env `HOME`>: error calling env: env vars are not allowed here");
        InterpolationContext noVars = new InterpolationContext(null, false, null, "", "", null, "", Instant.EPOCH,
                Path.of("/"), null, null);
        assertThatThrownBy(() -> render("{{user `a`}}", noVars)).hasMessageEndingWith("error calling user: test");
    }

    @Test
    void secretStoresAreNotSupported() {
        assertThatThrownBy(() -> render("{{consul_key `x`}}"))
                .hasMessageEndingWith("error calling consul_key: consul_key is not allowed here");
        assertThatThrownBy(() -> render("{{vault `a` `b`}}"))
                .hasMessageEndingWith("Vault vars are only allowed in the variables section");
        InterpolationContext v = ctx(Instant.EPOCH, true);
        assertThatThrownBy(() -> render("{{consul_key `x`}}", v))
                .hasMessageEndingWith("consul_key is not supported by this engine: pass the value with -var or "
                        + "-var-file instead");
        assertThatThrownBy(() -> render("{{aws_secretsmanager `x` `y`}}", v))
                .hasMessageContaining("aws_secretsmanager is not supported by this engine");
        assertThatThrownBy(() -> render("{{vault `a` `b`}}", v)).hasMessageContaining("vault is not supported");
    }

    @Test
    void buildContextFunctions() throws Exception {
        assertThatThrownBy(() -> render("{{build_name}}")).hasMessage("template: root:1:2: executing \"root\" at "
                + "<build_name>: error calling build_name: build_name not available");
        assertThatThrownBy(() -> render("{{build_type}}")).hasMessageEndingWith("build_type not available");
        InterpolationContext b = ctx(Instant.EPOCH, false).forBuild("web", "qemu",
                LegacyFunctions.placeholderData(List.of("Generated")), Map.of());
        assertThat(render("{{build_name}}/{{build_type}}", b)).isEqualTo("web/qemu");
        assertThat(render("{{build `ID`}} {{ build `Generated` }}", b)).isEqualTo("{{.ID}} {{.Generated}}");
        assertThatThrownBy(() -> render("{{build `Nope`}}", b))
                .hasMessageEndingWith("error calling build: loaded data, but couldnt find Nope in it.");
        assertThatThrownBy(() -> render("{{build `ID`}}")).hasMessageEndingWith("error calling build: Error "
                + "validating build variable: the given variable ID will not be passed into your plugin.");
        Map<String, String> real = new HashMap<>();
        real.put("ID", "i-123");
        assertThat(render("{{build `ID`}}", ctx(Instant.EPOCH, false).forBuild("w", "t", real, Map.of())))
                .isEqualTo("i-123");
    }

    @Test
    void pathsUuidAndVersion() throws Exception {
        assertThat(render("{{template_dir}}|{{pwd}}|{{packer_version}}")).isEqualTo("/tpl/dir|/work|1.16.0");
        assertThat(render("{{uuid}}")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(render("{{uuid}}")).isNotEqualTo(render("{{uuid}}"));
        InterpolationContext noPath = new InterpolationContext(Map.of(), false, null, "", "", null, "",
                Instant.EPOCH, Path.of("/"), null, null);
        assertThatThrownBy(() -> render("{{template_dir}}", noPath)).hasMessageEndingWith("template path not available");
        assertThatThrownBy(() -> render("{{packer_version}}", noPath))
                .hasMessageEndingWith("packer_version not available");
    }

    @Test
    void cleanResourceNameIsComponentSpecific() throws Exception {
        assertThatThrownBy(() -> render("{{clean_resource_name `a b`}}"))
                .hasMessage("template: root:1: function \"clean_resource_name\" not defined");
        Map<String, GoFunction> extra = Map.of("clean_resource_name", CleanResourceName.GOOGLE);
        InterpolationContext c = ctx(Instant.EPOCH, false).forBuild("b", "googlecompute", null, extra);
        assertThat(render("{{clean_resource_name `My Image.v1`}}", c)).isEqualTo("my-image-v1");
        assertThat(render("{{ \"a:b(c)\" | clean_resource_name }}",
                ctx(Instant.EPOCH, false).forBuild("b", "amazon-ebs", null,
                        Map.of("clean_resource_name", CleanResourceName.AMAZON)))).isEqualTo("a-b(c)");
    }

    @Test
    void placeholdersOfComponentsGiveNoValueWhenRenderedWithoutData() throws Exception {
        // packer 1.6.6 console prints <no value> for {{ .HTTPIP }}
        assertThat(render("{{ .HTTPIP }}")).isEqualTo("<no value>");
    }
}
