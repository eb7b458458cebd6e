package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.packer.engine.api.BuildReportJson;
import io.jenkins.plugins.packer.engine.api.HostEnvironment;
import io.jenkins.plugins.packer.engine.api.ReportArtifact;
import io.jenkins.plugins.packer.engine.api.ReportBuild;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real build with manifest post-processors and the host's {@code JPACKER_MANIFEST_CUSTOM_DATA}: the
 * post-processor without {@code custom_data} records the host's, the one with its own keeps its own; HCL2 and
 * legacy JSON templates alike. The report lists the manifest files.
 */
class ManifestCustomDataTest {

    static final String HOST_DATA = "{\"JOB_NAME\":\"images/nightly\",\"BUILD_NUMBER\":\"7\","
            + "\"BUILD_URL\":\"https://ci.example.invalid/job/images/7/\"}";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void hcl2() throws Exception {
        writeTemplate("""
                  post-processor "manifest" { output = "plain.json" }
                  post-processor "manifest" {
                    output      = "own.json"
                    custom_data = { owner = "team-${source.name}" }
                  }
                """);
        BuildRun.Result r = BuildRun.run(dir, Map.of(HostEnvironment.MANIFEST_CUSTOM_DATA, HOST_DATA),
                List.of("-report", "r.json", "t.pkr.hcl"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertHostDataIn("plain.json");
        // the report names the manifests (they are no artifacts: the post-processor passes its input on)
        ReportBuild build = BuildReportJson.read(dir.resolve("r.json")).builds().get(0);
        assertThat(build.manifests()).containsExactly("plain.json", "own.json");
        assertThat(build.artifacts()).extracting(ReportArtifact::builderId).containsOnly("packer.file");
        assertThat(customData("own.json").fieldNames()).toIterable().containsExactly("owner");
        assertThat(customData("own.json").get("owner").asText()).isEqualTo("team-a");
    }

    @Test
    void legacyJson() throws Exception {
        Files.writeString(dir.resolve("t.json"), """
                {
                  "builders": [{"type": "file", "content": "hello", "target": "a.txt"}],
                  "post-processors": [{"type": "manifest", "output": "plain.json"}]
                }
                """);
        BuildRun.Result r = BuildRun.run(dir, Map.of(HostEnvironment.MANIFEST_CUSTOM_DATA, HOST_DATA),
                List.of("t.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertHostDataIn("plain.json");
    }

    @Test
    void withoutTheVariableTheManifestHasNoCustomData() throws Exception {
        writeTemplate("""
                  post-processor "manifest" { output = "plain.json" }
                """);
        BuildRun.Result r = BuildRun.run(dir, Map.of(), List.of("t.pkr.hcl"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(customData("plain.json").isNull()).isTrue();
    }

    /** {@code t.pkr.hcl}: one {@code file} source and a build with these post-processors. */
    private void writeTemplate(String postProcessors) throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "file" "a" {
                  content = "hello\\n"
                  target  = "a.txt"
                }
                build {
                  sources = ["file.a"]
                """ + postProcessors + "}\n");
    }

    private void assertHostDataIn(String manifest) throws Exception {
        JsonNode custom = customData(manifest);
        assertThat(custom.fieldNames()).toIterable().containsExactly("BUILD_NUMBER", "BUILD_URL", "JOB_NAME");
        assertThat(custom.get("JOB_NAME").asText()).isEqualTo("images/nightly");
        assertThat(custom.get("BUILD_URL").asText()).isEqualTo("https://ci.example.invalid/job/images/7/");
    }

    private JsonNode customData(String manifest) throws Exception {
        return json.readTree(dir.resolve(manifest).toFile()).get("builds").get(0).get("custom_data");
    }
}
