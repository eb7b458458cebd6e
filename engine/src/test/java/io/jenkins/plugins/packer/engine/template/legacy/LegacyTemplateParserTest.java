package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.version.GoVersion;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Template parsing beyond the SDK fixtures. Each expected message is what packer 1.6.6 printed for the same
 * template (without the "N error(s) decoding" wrappers: each error is its own diagnostic).
 */
class LegacyTemplateParserTest {

    private static final String NULL = "{\"type\":\"null\",\"communicator\":\"none\"}";
    private final Diagnostics diags = new Diagnostics();

    private LegacyTemplate parse(String json) {
        return LegacyTemplateParser.parse("t.json", json.getBytes(StandardCharsets.UTF_8), null, diags);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("{\"foo\": 1, \"builders\": [" + NULL + "]}",
                        "Unknown root level key in template: 'foo'"),
                Arguments.of("{\"_c\": 1, \"builders\": [" + NULL + "]}",
                        "Failed to cast root level comment value in comment \"_c\" to string."),
                Arguments.of("{\"builders\": {\"a\": 1}}",
                        "'builders': source data must be an array or slice, got map"),
                Arguments.of("{\"builders\": [\"x\"]}", "builder 1: '' expected a map, got 'string'"),
                Arguments.of("[1]", "'' expected a map, got 'slice'"),
                Arguments.of("{\"description\": 5}",
                        "'Description' expected type 'string', got unconvertible type 'float64', value: '5'"),
                Arguments.of("{\"variables\": {\"n\": 5}}",
                        "variable n: '' expected type 'string', got unconvertible type 'float64', value: '5'"),
                Arguments.of("{\"variables\": []}", "'Variables' expected a map, got 'slice'"),
                Arguments.of("{\"provisioners\": [{\"type\": \"shell-local\", \"pause_before\": \"abc\"}]}",
                        "provisioner 1: Error decoding provisioner: error decoding 'pause_before': time: invalid "
                                + "duration \"abc\""),
                Arguments.of("{\"provisioners\": [\"x\"]}",
                        "provisioner 1: Error decoding provisioner: '' expected a map, got 'string'"),
                Arguments.of("{\"post-processors\": [{\"type\": \"manifest\", \"keep_input_artifact\": \"true\"}]}",
                        "post-processor 1.1: 'keep_input_artifact' expected type 'bool', got unconvertible type "
                                + "'string', value: 'true'"),
                Arguments.of("{\"post-processors\": [{\"type\": \"manifest\", \"only\": \"null\"}]}",
                        "post-processor 1.1: 'Only': source data must be an array or slice, got string"),
                Arguments.of("{\"error-cleanup-provisioner\": {\"inline\": \"x\"}}",
                        "On Error Cleanup Provisioner error: Provisioner missing 'type'"),
                Arguments.of("{\"sensitive-variables\": [1]}",
                        "'sensitive-variables[0]' expected type 'string', got unconvertible type 'float64', value: "
                                + "'1'"),
                Arguments.of("{\"builders\": [{\"type\":\"null\", \"name\": [\"a\"]}]}",
                        "builder 1: 'Name' expected type 'string', got unconvertible type '[]interface {}', value: "
                                + "'[a]'"),
                Arguments.of("{\"builders\": [null]}", "builder 1: missing 'type'"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void reportsTheSdkMessage(String json, String message) {
        assertThat(parse(json)).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(message);
        assertThat(diags.asList().get(0).summary()).isEqualTo("Failed to parse template");
        assertThat(diags.asList().get(0).subject().filename()).isEqualTo("t.json");
    }

    @Test
    void postProcessorFormatErrorsAreAllReported() {
        assertThat(parse("{\"post-processors\": [[[\"a\"]], 5]}")).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactly(
                "post-processor 1.1: sequence not allowed to be nested in a sequence",
                "post-processor 2: bad format");
    }

    @Test
    void provisionerFieldsAreWeaklyTyped() {
        LegacyTemplate t = parse("{\"builders\":[" + NULL + "], \"provisioners\": [{\"type\": \"shell\", \"only\": "
                + "\"null\", \"pause_before\": \"1m30s\", \"max_retries\": 5, \"timeout\": \"5m\", \"inline\": [\"x\"],"
                + " \"override\": {\"null\": {\"inline\": [\"y\"]}}}]}");
        assertThat(diags.asList()).isEmpty();
        LegacyProvisioner p = t.provisioners().get(0);
        assertThat(p.onlyExcept().only()).containsExactly("null");
        assertThat(p.pauseBefore()).isEqualTo(Duration.ofSeconds(90));
        assertThat(p.maxRetries()).isEqualTo("5");
        assertThat(p.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.config()).containsOnlyKeys("inline");
        assertThat(p.keyRange("inline").start().column()).isGreaterThan(1);
        assertThat(p.override()).containsKey("null");
    }

    @Test
    void buildersNamesAreWeakAndDefaultToTheType() {
        LegacyTemplate t = parse("{\"builders\":[{\"type\":\"null\",\"name\":5}, {\"type\":\"file\"}]}");
        assertThat(t.builders().keySet()).containsExactly("5", "file");
        assertThat(t.builders().get("file").name()).isEqualTo("file");
    }

    @Test
    void commentsPushAndEmptyDocuments() {
        LegacyTemplate t = parse("{\"_a\": \"x\", \"push\": {\"name\": \"p\"}, \"builders\": [" + NULL + "]}");
        assertThat(t.comments()).containsEntry("_a", "x");
        assertThat(parse("null").builders()).isEmpty();
        assertThat(diags.asList()).isEmpty();
    }

    @Test
    void configurationsAreUnmodifiable() {
        LegacyTemplate t = parse("{\"builders\":[{\"type\":\"null\",\"list\":[1],\"map\":{\"a\":null}}]}");
        LegacyBuilder b = t.builders().get("null");
        assertThat(b.config().get("map")).isEqualTo(java.util.Collections.singletonMap("a", null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.config().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ((List<?>) b.config().get("list")).add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingFilesAreDiagnostics(@TempDir Path dir) throws Exception {
        assertThat(LegacyTemplateParser.parseFile(dir.resolve("nope.json"), diags)).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail)
                .containsExactly("open " + dir.resolve("nope.json") + ": no such file or directory");
        Path f = dir.resolve("t.json");
        Files.writeString(f, "{\"builders\":[" + NULL + "]}");
        assertThat(LegacyTemplateParser.parseFile(f, new Diagnostics()).path()).isEqualTo(f.toAbsolutePath());
    }

    @Test
    void onlyAndExceptTogetherAndBadMinVersionAreValidationErrors() {
        LegacyTemplate t = parse("{\"min_packer_version\": \"abc\", \"builders\":[" + NULL + "], \"provisioners\": "
                + "[{\"type\": \"shell-local\", \"only\": [\"null\"], \"except\": [\"null\"]}]}");
        assertThat(LegacyTemplateValidator.validate(t, "1.16.0", diags)).isFalse();
        assertThat(diags.asList()).extracting(Diagnostic::detail)
                .containsExactly("provisioner 1: only one of 'only' or 'except' may be specified");
        Diagnostics d = new Diagnostics();
        LegacyTemplate v = parse("{\"min_packer_version\": \"abc\", \"builders\":[" + NULL + "]}");
        assertThat(LegacyTemplateValidator.validate(v, "1.16.0", d)).isFalse();
        assertThat(d.asList()).extracting(Diagnostic::detail)
                .containsExactly("min_version is invalid: Malformed version: abc");
    }

    @Test
    void minVersionComparesAsGoVersion() {
        for (String ok : List.of("1.2", "v1.16.0", "1.16.0-beta1", "0.12.3", "1.16.0+meta")) {
            Diagnostics d = new Diagnostics();
            LegacyTemplate t = parse("{\"min_packer_version\": \"" + ok + "\", \"builders\":[" + NULL + "]}");
            assertThat(LegacyTemplateValidator.validate(t, "1.16.0", d)).as(ok).isTrue();
        }
        for (String bad : List.of("1.16.1", "1.17", "2")) {
            Diagnostics d = new Diagnostics();
            LegacyTemplate t = parse("{\"min_packer_version\": \"" + bad + "\", \"builders\":[" + NULL + "]}");
            assertThat(LegacyTemplateValidator.validate(t, "1.16.0", d)).as(bad).isFalse();
        }
        assertThat(GoVersion.parse("1.2").toString()).isEqualTo("1.2.0");
        assertThat(GoVersion.parse("1.0.0-rc1").compareTo(GoVersion.parse("1.0.0"))).isNegative();
    }
}
