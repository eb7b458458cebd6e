package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sensitive variable echoed by provisioners in plain, base64, JSON-escaped and URL-encoded form never shows in
 * the output (human and machine-readable), the debug log, the manifest or the report.
 */
class SecretMaskingBuildTest {

    private static final String SECRET = "s3cr3t/p@ss w\"ord+=";

    @TempDir
    Path dir;

    private static List<String> forms() {
        String b64 = Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));
        String json = SECRET.replace("\\", "\\\\").replace("\"", "\\\"");
        String url = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        return List.of(SECRET, b64, json, url, url.replace("+", "%20"), "s3cr3t");
    }

    @Test
    void noFormOfTheSecretLeaks() throws Exception {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                variable "secret" {
                  type      = string
                  sensitive = true
                }
                source "null" "n" { communicator = "none" }
                build {
                  sources = ["null.n"]
                  provisioner "shell-local" {
                    env    = { S = var.secret }
                    inline = [
                      "echo \\"plain: $S\\"",
                      "echo \\"b64: $(printf '%s' \\"$S\\" | base64 -w0)\\"",
                      "echo \\"json: $(printf '%s' \\"$S\\" | sed 's/\\\\\\\\/\\\\\\\\\\\\\\\\/g; s/\\"/\\\\\\\\\\"/g')\\"",
                      "echo \\"hcl-b64: ${base64encode(var.secret)} hcl-url: ${urlencode(var.secret)}\\"",
                      "echo \\"hcl-json: ${jsonencode(var.secret)}\\"",
                      "echo \\"stderr: $S\\" >&2",
                    ]
                  }
                  post-processor "manifest" {
                    output      = "m.json"
                    custom_data = { s = var.secret, b = base64encode(var.secret) }
                  }
                }
                """);
        Path log = dir.resolve("packer.log");
        Map<String, String> env = Map.of("PKR_VAR_secret", SECRET, "PACKER_LOG", "1",
                "PACKER_LOG_PATH", log.toString());
        BuildRun.Result human = BuildRun.run(dir, env, List.of("-report", "report.json",
                dir.resolve("t.pkr.hcl").toString()));
        BuildRun.Result machine = BuildRun.run(dir, env, List.of("-machine-readable",
                dir.resolve("t.pkr.hcl").toString()));

        assertThat(human.exitCode()).as(human.out()).isZero();
        assertThat(machine.exitCode()).as(machine.out()).isZero();
        assertThat(human.out()).contains("null.n: plain: <sensitive>", "null.n: b64: <sensitive>",
                "null.n: json: <sensitive>", "null.n: hcl-b64: <sensitive> hcl-url: <sensitive>",
                "null.n: hcl-json: <sensitive>", "==> null.n: stderr: <sensitive>");
        assertThat(machine.out()).contains(",ui,message,    null.n: plain: <sensitive>");
        String manifest = Files.readString(dir.resolve("m.json"));
        assertThat(manifest).contains("\"s\": \"\\u003csensitive\\u003e\"");
        String report = Files.readString(dir.resolve("report.json"));
        assertThat(report).contains("\"status\" : \"success\"");
        String debugLog = Files.readString(log);
        assertThat(debugLog).contains("starting local command");
        for (String text : List.of(human.out(), human.err(), machine.out(), machine.err(), manifest, report,
                debugLog)) {
            for (String form : forms()) {
                assertThat(text).doesNotContain(form);
            }
        }
    }
}
