package io.jenkins.plugins.packer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.masking.SecretMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    static final String REPORT = """
            {"builds":[
              {"name":"qemu.debian","type":"qemu","artifactId":"debian-12","files":["/ws/output/debian.qcow2"],
               "durationMillis":125000,"error":null},
              {"name":"amazon-ebs.ubuntu","type":"amazon-ebs","artifactId":null,"files":[],"durationSeconds":1.5,
               "error":"auth failed for key AKIASECRET1"}
             ],
             "manifest":"/ws/manifest.json",
             "diagnostics":[
              {"severity":"warning","summary":"Unused variable","file":"vars.pkr.hcl","line":3,"column":1},
              {"severity":"error","summary":"Unsupported argument","detail":"An argument named \\"foo\\" is not expected here.",
               "range":{"filename":"main.pkr.hcl","start":{"line":10,"column":5}}}
             ],
             "somethingNew":true}
            """;

    @Test
    void readsBuildsManifestAndDiagnostics() throws IOException {
        EngineReport r = EngineReportReader.read(REPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.builds()).hasSize(2);
        assertThat(r.builds().get(0)).isEqualTo(new BuildOutcome("qemu.debian", "qemu", "debian-12",
                List.of("/ws/output/debian.qcow2"), 125000, null));
        assertThat(r.builds().get(1).durationMillis()).isEqualTo(1500);
        assertThat(r.builds().get(1).artifactId()).isNull();
        assertThat(r.allSucceeded()).isFalse();
        assertThat(r.manifest()).isEqualTo("/ws/manifest.json");
        assertThat(r.warnings()).singleElement().hasToString("vars.pkr.hcl:3:1: Unused variable");
        assertThat(r.errors()).singleElement().hasToString(
                "main.pkr.hcl:10:5: Unsupported argument: An argument named \"foo\" is not expected here.");
    }

    @Test
    void rejectsNonObjects() {
        assertThatThrownBy(() -> EngineReportReader.read("[1]".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> EngineReportReader.read("{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void returnValueIsMadeOfSandboxSafeJdkTypes() throws IOException {
        List<Map<String, Object>> v = ReturnValue.of(EngineReportReader.read(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertThat(v).isInstanceOf(ArrayList.class).hasSize(2);
        Map<String, Object> first = v.get(0);
        assertThat(first).isInstanceOf(LinkedHashMap.class);
        assertThat(first.keySet()).containsExactly("name", "type", "artifactId", "files", "durationMillis",
                "succeeded", "error");
        assertThat(first).containsEntry("name", "qemu.debian").containsEntry("artifactId", "debian-12")
                .containsEntry("durationMillis", 125000L).containsEntry("succeeded", true);
        assertThat(first.get("files")).isInstanceOf(ArrayList.class);
        assertThat(v.get(1)).containsEntry("succeeded", false);
        for (Map<String, Object> m : v) {
            for (Object o : m.values()) {
                assertThat(o == null || o instanceof String || o instanceof Long || o instanceof Boolean
                        || o instanceof ArrayList).isTrue();
            }
        }
    }

    @Test
    void runRecordMasksErrorsAndFormatsDurations() throws IOException {
        EngineReport r = EngineReportReader.read(REPORT.getBytes(StandardCharsets.UTF_8));
        List<BuildRecord> builds = RunRecord.buildsOf(r, new SecretMasker(List.of("AKIASECRET1")));
        assertThat(builds.get(1).getError()).isEqualTo("auth failed for key ****");
        assertThat(builds.get(0).getDuration()).isEqualTo("2m 05s");
        assertThat(builds.get(1).getDuration()).isEqualTo("1s");
        assertThat(new BuildRecord("n", "t", null, List.of(), 250, null).getDuration()).isEqualTo("250ms");
        assertThat(builds.get(0).isSucceeded()).isTrue();
    }

    @Test
    void jenkinsMetadataKeepsPackersKeysInOrder() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GIT_URL", "https://example.invalid/repo.git");
        env.put("BUILD_NUMBER", "42");
        env.put("JOB_NAME", "images/nightly");
        env.put("PATH", "/usr/bin");
        env.put("NODE_NAME", "");
        env.put("AWS_SECRET_ACCESS_KEY", "never");
        assertThat(JenkinsMetadata.from(env)).containsExactly(Map.entry("JOB_NAME", "images/nightly"),
                Map.entry("BUILD_NUMBER", "42"), Map.entry("GIT_URL", "https://example.invalid/repo.git"));
        assertThat(JenkinsMetadata.KEYS).hasSize(11).contains("JENKINS_URL", "BUILD_TAG", "GIT_COMMIT");
    }

    @Test
    void archivePlanMapsFilesInsideTheWorkspaceOnly() throws IOException {
        EngineReport r = new EngineReport(List.of(
                new BuildOutcome("qemu.debian", "qemu", "x", List.of("/ws/output/d.qcow2", "rel/file.txt",
                        "/elsewhere/big.img", "../escape"), 1, null)), "/ws/packer-manifest.json", List.of());
        ArchivePlan all = ArchivePlan.of(r, new ArchivePlan.Options(true, true, true), "/ws", "build-report.json", "1");
        assertThat(all.fromWorkspace()).containsExactly(
                Map.entry("packer/1/artifacts/qemu.debian/output/d.qcow2", "output/d.qcow2"),
                Map.entry("packer/1/artifacts/qemu.debian/rel/file.txt", "rel/file.txt"),
                Map.entry("packer/1/packer-manifest.json", "packer-manifest.json"));
        assertThat(all.fromTemp()).containsExactly(Map.entry("packer/1/build-report.json", "build-report.json"));
        assertThat(all.skipped()).containsExactly("/elsewhere/big.img (outside the workspace)",
                "../escape (outside the workspace)");

        ArchivePlan def = ArchivePlan.of(r, ArchivePlan.Options.DEFAULT, "/ws/", null, "2");
        assertThat(def.fromWorkspace()).containsOnlyKeys("packer/2/packer-manifest.json");
        assertThat(def.fromTemp()).isEmpty();

        ArchivePlan windows = ArchivePlan.of(new EngineReport(List.of(), "C:\\ws\\m.json", List.of()),
                ArchivePlan.Options.DEFAULT, "C:\\ws", null, "3");
        assertThat(windows.fromWorkspace()).containsExactly(Map.entry("packer/3/m.json", "m.json"));
    }
}
