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
            {"schema_version":1,"command":"build","engine":{"engine":"0.1.0","packer_compatible":"1.16.0"},
             "started_at":"2026-05-08T20:43:45.123Z","ended_at":"2026-05-08T20:45:50.123Z",
             "status":"failed","exit_code":1,
             "diagnostics":[{"severity":"warning","summary":"Unused variable","detail":"",
               "subject":{"filename":"vars.pkr.hcl","start":{"line":3,"column":1,"byte":20},
                          "end":{"line":3,"column":9,"byte":28}}}],
             "builds":[
              {"name":"qemu.debian","type":"qemu","status":"success","started_at":"2026-05-08T20:43:45.123Z",
               "ended_at":"2026-05-08T20:45:50.123Z","duration_ms":125000,"steps":[],
               "artifacts":[
                 {"builder_id":"transcend.qemu","id":"debian-12","description":"VM files in directory: output",
                  "files":[{"path":"/ws/output/debian.qcow2","size":10,"sha256":null}]}],
               "manifests":["/ws/manifest.json"],
               "errors":[]},
              {"name":"amazon-ebs.ubuntu","type":"amazon-ebs","status":"failed","started_at":null,"ended_at":null,
               "duration_ms":1500,"steps":[],"artifacts":[],"manifests":["/ws/other.json"],
               "errors":[{"step":"StepRunSourceInstance","phase":"run","message":"auth failed for key AKIASECRET1",
                 "diagnostics":[{"severity":"error","summary":"Unsupported argument",
                   "detail":"An argument named \\"foo\\" is not expected here.",
                   "subject":{"filename":"main.pkr.hcl","start":{"line":10,"column":5,"byte":100},
                              "end":{"line":10,"column":8,"byte":103}}}]}]},
              {"name":"docker.x","type":"docker","status":"cancelled","started_at":null,"ended_at":null,
               "duration_ms":0,"steps":[],"artifacts":[],"errors":[]}
             ],
             "somethingNew":true}
            """;

    @Test
    void readsBuildsManifestAndDiagnostics() throws IOException {
        EngineReport r = EngineReportReader.read(REPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(r.builds()).hasSize(3);
        assertThat(r.builds().get(0)).isEqualTo(new BuildOutcome("qemu.debian", "qemu", "debian-12",
                List.of("/ws/output/debian.qcow2"), 125000, null));
        assertThat(r.builds().get(1).durationMillis()).isEqualTo(1500);
        assertThat(r.builds().get(1).artifactId()).isNull();
        assertThat(r.builds().get(1).error()).isEqualTo("auth failed for key AKIASECRET1");
        assertThat(r.builds().get(2).error()).isEqualTo("cancelled");
        assertThat(r.allSucceeded()).isFalse();
        assertThat(r.manifest()).isEqualTo("/ws/manifest.json");
        assertThat(r.warnings()).singleElement().hasToString("vars.pkr.hcl:3:1: Unused variable");
        assertThat(r.errors()).singleElement().hasToString(
                "main.pkr.hcl:10:5: Unsupported argument: An argument named \"foo\" is not expected here.");
    }

    @Test
    void aValidateReportHasDiagnosticsAndNoBuilds() throws IOException {
        String validate = """
                {"schema_version":1,"command":"validate","engine":{"engine":"0.1.0","packer_compatible":"1.16.0"},
                 "started_at":"2026-05-08T20:43:45.123Z","ended_at":"2026-05-08T20:43:45.200Z",
                 "status":"failed","exit_code":1,"builds":[],
                 "diagnostics":[
                  {"severity":"error","summary":"Unsupported argument","detail":"",
                   "subject":{"filename":"images/t.pkr.hcl","start":{"line":4,"column":3,"byte":60},
                              "end":{"line":4,"column":9,"byte":66}}},
                  {"severity":"warning","summary":"Undefined variable","detail":"The variable \\"x\\" was set.",
                   "subject":null}]}
                """;
        EngineReport r = EngineReportReader.read(validate.getBytes(StandardCharsets.UTF_8));
        assertThat(r.builds()).isEmpty();
        assertThat(r.allSucceeded()).isTrue();
        assertThat(r.manifest()).isNull();
        assertThat(r.errors()).singleElement().hasToString("images/t.pkr.hcl:4:3: Unsupported argument");
        assertThat(r.warnings()).singleElement().hasToString("Undefined variable: The variable \"x\" was set.");
    }

    @Test
    void aReportWithoutTheLaterFieldsStillReads() throws IOException {
        String old = REPORT.replace("\"command\":\"build\",", "")
                .replace("\"manifests\":[\"/ws/manifest.json\"],", "")
                .replace("\"manifests\":[\"/ws/other.json\"],", "");
        assertThat(old).doesNotContain("manifests").doesNotContain("command");
        EngineReport r = EngineReportReader.read(old.getBytes(StandardCharsets.UTF_8));
        assertThat(r.builds()).hasSize(3);
        assertThat(r.manifest()).isNull();
    }

    @Test
    void rejectsNonObjects() {
        assertThatThrownBy(() -> EngineReportReader.read("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> EngineReportReader.read("{\"schema_version\":99}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("schema_version 99");
        assertThatThrownBy(() -> EngineReportReader.read("{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void returnValueIsMadeOfSandboxSafeJdkTypes() throws IOException {
        List<Map<String, Object>> v = ReturnValue.of(EngineReportReader.read(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertThat(v).isInstanceOf(ArrayList.class).hasSize(3);
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
