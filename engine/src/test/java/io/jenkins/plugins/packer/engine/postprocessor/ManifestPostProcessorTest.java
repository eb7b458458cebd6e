package io.jenkins.plugins.packer.engine.postprocessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.artifact.FilesArtifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.BuildOptions;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.PostProcessorResult;
import io.jenkins.plugins.packer.engine.postprocessor.manifest.ManifestConfig;
import io.jenkins.plugins.packer.engine.postprocessor.manifest.ManifestPostProcessor;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import io.jenkins.plugins.packer.engine.testing.TestContexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestPostProcessorTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private PostProcessorResult run(ManifestConfig config, Artifact in, BuildInfo info, BuildContext ctx)
            throws Exception {
        return new ManifestPostProcessor(config).postProcess(ctx, info, in);
    }

    private BuildContext ctx() {
        return TestContexts.build(dir, new RecordingUi());
    }

    private Artifact files() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/disk.img"), "0123456789");
        return new FilesArtifact("packer.file", List.of("out/disk.img", "out/missing.txt"), dir);
    }

    @Test
    void writesPackersSchemaAndPassesTheInputOn() throws Exception {
        Artifact in = files();
        long before = Instant.now().getEpochSecond();
        PostProcessorResult r = run(new ManifestConfig("m.json", null, null, null), in,
                TestContexts.info("disk", "qemu"), ctx());
        assertThat(r.artifact()).isSameAs(in);
        assertThat(r.keep()).isTrue();
        assertThat(r.forceOverride()).isTrue();
        JsonNode m = json.readTree(dir.resolve("m.json").toFile());
        assertThat(m.fieldNames()).toIterable().containsExactly("builds", "last_run_uuid");
        JsonNode b = m.get("builds").get(0);
        assertThat(b.fieldNames()).toIterable().containsExactly("name", "builder_type", "build_time", "files",
                "artifact_id", "packer_run_uuid", "custom_data");
        assertThat(b.get("name").asText()).isEqualTo("disk");
        assertThat(b.get("builder_type").asText()).isEqualTo("qemu");
        assertThat(b.get("build_time").asLong()).isBetween(before, Instant.now().getEpochSecond());
        assertThat(b.get("files").get(0).get("name").asText()).isEqualTo("out/disk.img");
        assertThat(b.get("files").get(0).get("size").asLong()).isEqualTo(10);
        assertThat(b.get("files").get(1).get("size").asLong()).isZero();
        assertThat(b.get("artifact_id").asText()).isEmpty();
        assertThat(b.get("packer_run_uuid").asText()).isEqualTo("run-uuid");
        assertThat(b.get("custom_data").isNull()).isTrue();
        assertThat(m.get("last_run_uuid").asText()).isEqualTo("run-uuid");
    }

    @Test
    void theManifestIsRecordedInTheBuildsOutputsOnceWrittenOnly() throws Exception {
        BuildContext ctx = ctx();
        ManifestPostProcessor pp = new ManifestPostProcessor(new ManifestConfig("sub/m.json", null, true, null),
                Map.of());
        pp.postProcess(ctx, TestContexts.info("a", "file"), files());
        pp.postProcess(ctx, TestContexts.info("b", "file"), files());
        assertThat(ctx.outputs().manifests()).containsExactly("sub/m.json");

        Files.writeString(dir.resolve("bad.json"), "{not json");
        BuildContext failing = ctx();
        assertThatThrownBy(() -> new ManifestPostProcessor(new ManifestConfig("bad.json", null, true, null), Map.of())
                .postProcess(failing, TestContexts.info("a", "file"), files())).isInstanceOf(java.io.IOException.class);
        assertThat(failing.outputs().manifests()).isEmpty();
    }

    @Test
    void stripPathStripTimeAndCustomDataTemplates() throws Exception {
        BuildInfo info = TestContexts.info("disk", "qemu").withGeneratedData(Map.of("ID", "i-123"));
        run(new ManifestConfig("m.json", true, true, Map.of("id", "{{ .ID }}", "html", "<a & b>", "who",
                "{{ build_name }}/{{ build_type }}")), files(), info, ctx());
        String text = Files.readString(dir.resolve("m.json"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("build_time")
                .contains("\"name\": \"disk.img\"")
                .contains("\"html\": \"\\u003ca \\u0026 b\\u003e\"");
        JsonNode custom = json.readTree(text).get("builds").get(0).get("custom_data");
        assertThat(custom.get("id").asText()).isEqualTo("i-123");
        assertThat(custom.get("who").asText()).isEqualTo("disk/qemu");
        assertThat(custom.fieldNames()).toIterable().containsExactly("html", "id", "who");
    }

    @Test
    void appendsAcrossRunsAndForceWithAnotherRunStartsOver() throws Exception {
        Artifact in = files();
        ManifestConfig config = new ManifestConfig("m.json", null, true, null);
        run(config, in, new BuildInfo("a", "a", "null", "run-1", Map.of()), ctx());
        run(config, in, new BuildInfo("b", "b", "null", "run-1", Map.of()), ctx());
        run(config, in, new BuildInfo("c", "c", "null", "run-2", Map.of()), ctx());
        assertThat(names()).containsExactly("a", "b", "c");
        BuildContext force = TestContexts.build(dir, new RecordingUi(), BuildOptions.defaults().withForce(true),
                SecretMasker.empty());
        run(config, in, new BuildInfo("d", "d", "null", "run-3", Map.of()), force);
        run(config, in, new BuildInfo("e", "e", "null", "run-3", Map.of()), force);
        assertThat(names()).containsExactly("d", "e");
        assertThat(json.readTree(dir.resolve("m.json").toFile()).get("last_run_uuid").asText()).isEqualTo("run-3");
    }

    @Test
    void parallelBuildsOfOneRunAllLand() throws Exception {
        Artifact in = files();
        ManifestConfig config = new ManifestConfig("m.json", null, true, null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<PostProcessorResult>> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            BuildInfo info = new BuildInfo("b" + i, "b" + i, "null", "run", Map.of());
            all.add(pool.submit(() -> run(config, in, info, ctx())));
        }
        for (Future<PostProcessorResult> f : all) {
            f.get();
        }
        pool.shutdown();
        assertThat(names()).hasSize(16);
        assertThat(dir.resolve("m.json.lock")).doesNotExist();
    }

    @Test
    void secretsOfTheBuildAreMasked() throws Exception {
        BuildContext masked = TestContexts.build(dir, new RecordingUi(), BuildOptions.defaults(),
                SecretMasker.of(List.of("hunter2")));
        run(new ManifestConfig("m.json", null, true, Map.of("pw", "pw=hunter2")), files(),
                TestContexts.info("disk", "qemu"), masked);
        String text = Files.readString(dir.resolve("m.json"));
        assertThat(text).doesNotContain("hunter2").contains("pw=\\u003csensitive\\u003e");
    }

    @Test
    void aCorruptManifestIsAnError() throws Exception {
        Files.writeString(dir.resolve("m.json"), "{not json");
        assertThatThrownBy(() -> run(new ManifestConfig("m.json", null, null, null), files(),
                TestContexts.info("disk", "qemu"), ctx())).hasMessageStartingWith("Unable to parse content from m.json");
    }

    @Test
    void withoutCustomDataOfItsOwnItRecordsTheHostsLiterally() throws Exception {
        Map<String, String> env = Map.of(HostEnvironment.MANIFEST_CUSTOM_DATA,
                "{\"JOB_NAME\":\"images/{{nightly}}\",\"BUILD_NUMBER\":\"7\"}");
        new ManifestPostProcessor(new ManifestConfig("m.json", null, true, null), env)
                .postProcess(ctx(), TestContexts.info("disk", "qemu"), files());
        JsonNode custom = json.readTree(dir.resolve("m.json").toFile()).get("builds").get(0).get("custom_data");
        assertThat(custom.fieldNames()).toIterable().containsExactly("BUILD_NUMBER", "JOB_NAME");
        assertThat(custom.get("JOB_NAME").asText()).isEqualTo("images/{{nightly}}");
    }

    @Test
    void customDataOfItsOwnWinsOverTheHosts() throws Exception {
        Map<String, String> env = Map.of(HostEnvironment.MANIFEST_CUSTOM_DATA, "{\"JOB_NAME\":\"j\"}");
        new ManifestPostProcessor(new ManifestConfig("m.json", null, true, Map.of("own", "x")), env)
                .postProcess(ctx(), TestContexts.info("disk", "qemu"), files());
        new ManifestPostProcessor(new ManifestConfig("m2.json", null, true, Map.of()), env)
                .postProcess(ctx(), TestContexts.info("disk", "qemu"), files());
        JsonNode own = json.readTree(dir.resolve("m.json").toFile()).get("builds").get(0).get("custom_data");
        assertThat(own.fieldNames()).toIterable().containsExactly("own");
        JsonNode empty = json.readTree(dir.resolve("m2.json").toFile()).get("builds").get(0).get("custom_data");
        assertThat(empty.size()).isZero();
    }

    @Test
    void theHostsCustomDataIsMaskedAndABlankVariableIsNone() throws Exception {
        BuildContext masked = TestContexts.build(dir, new RecordingUi(), BuildOptions.defaults(),
                SecretMasker.of(List.of("hunter2")));
        new ManifestPostProcessor(new ManifestConfig("m.json", null, true, null),
                Map.of(HostEnvironment.MANIFEST_CUSTOM_DATA, "{\"GIT_URL\":\"https://u:hunter2@git.example\"}"))
                .postProcess(masked, TestContexts.info("disk", "qemu"), files());
        assertThat(Files.readString(dir.resolve("m.json"))).doesNotContain("hunter2");
        new ManifestPostProcessor(new ManifestConfig("m2.json", null, true, null),
                Map.of(HostEnvironment.MANIFEST_CUSTOM_DATA, " "))
                .postProcess(ctx(), TestContexts.info("disk", "qemu"), files());
        assertThat(json.readTree(dir.resolve("m2.json").toFile()).get("builds").get(0).get("custom_data").isNull())
                .isTrue();
    }

    @Test
    void customDataFromTheHostThatIsNotAnObjectOfStringsFailsWithoutQuotingIt() throws Exception {
        for (String bad : List.of("not json {", "[\"a\"]", "{\"n\": 1}", "{\"o\": {\"x\": \"y\"}}")) {
            ManifestPostProcessor pp = new ManifestPostProcessor(new ManifestConfig("m.json", null, true, null),
                    Map.of(HostEnvironment.MANIFEST_CUSTOM_DATA, bad));
            assertThatThrownBy(() -> pp.postProcess(ctx(), TestContexts.info("disk", "qemu"), files()))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(HostEnvironment.MANIFEST_CUSTOM_DATA)
                    .hasMessageNotContaining(bad);
        }
        assertThat(dir.resolve("m.json")).doesNotExist();
    }

    private List<String> names() throws Exception {
        List<String> names = new ArrayList<>();
        json.readTree(dir.resolve("m.json").toFile()).get("builds").forEach(b -> names.add(b.get("name").asText()));
        return names;
    }
}
