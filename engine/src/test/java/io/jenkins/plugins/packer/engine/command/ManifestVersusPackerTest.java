package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same template built by packer 1.6.6 (when /usr/bin/packer exists) and by this engine: the manifests have
 * the same shape (keys, order, types) and the same values but for times and run ids; the checksum files and the
 * artifacts listed are the same. (`{{ .ID }}` in custom_data is left out: 1.6.6 renders it as {@code <no value>},
 * current Packer and this engine as the build's id.)
 */
class ManifestVersusPackerTest {

    private static final Path PACKER = Path.of("/usr/bin/packer");

    private static final String TEMPLATE = """
            source "file" "a" {
              content = "hello\\n"
              target  = "out/a.txt"
            }
            source "null" "n" { communicator = "none" }
            build {
              name    = "demo"
              sources = ["file.a", "null.n"]
              post-processors {
                post-processor "checksum" {
                  only           = ["file.a"]
                  checksum_types = ["sha256", "md5"]
                  output         = "out/{{.BuildName}}.{{.ChecksumType}}"
                }
                post-processor "manifest" {
                  output      = "out/manifest.json"
                  custom_data = { who = "demo" }
                }
              }
              post-processor "manifest" {
                output     = "out/stripped.json"
                strip_path = true
                strip_time = true
              }
            }
            """;

    @TempDir
    Path work;

    @Test
    void sameManifestsAsPacker() throws Exception {
        assumeTrue(Files.isExecutable(PACKER), "packer 1.6.6 is not installed at /usr/bin/packer; skipping");
        Path theirs = Files.createDirectories(work.resolve("packer"));
        Path ours = Files.createDirectories(work.resolve("jpacker"));
        Files.writeString(theirs.resolve("t.pkr.hcl"), TEMPLATE);
        Files.writeString(ours.resolve("t.pkr.hcl"), TEMPLATE);

        Process p = new ProcessBuilder(PACKER.toString(), "build", "-color=false", "-parallel-builds=1", "t.pkr.hcl")
                .directory(theirs.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String packerOut = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(packerOut).isZero();
        BuildRun.Result r = BuildRun.run(ours, Map.of(), List.of("-color=false", "-parallel-builds=1", "t.pkr.hcl"));
        assertThat(r.exitCode()).as(r.out()).isZero();

        assertThat(artifactLines(r.out())).isEqualTo(artifactLines(packerOut));
        for (String f : List.of("out/manifest.json", "out/stripped.json")) {
            JsonNode a = normalize(read(theirs.resolve(f)));
            JsonNode b = normalize(read(ours.resolve(f)));
            assertThat(b).as(f).isEqualTo(a);
            assertThat(shape(read(ours.resolve(f)))).isEqualTo(shape(read(theirs.resolve(f))));
        }
        for (String f : List.of("out/a.sha256", "out/a.md5")) {
            assertThat(Files.readString(ours.resolve(f))).isEqualTo(Files.readString(theirs.resolve(f)));
        }
    }

    private static List<String> artifactLines(String out) {
        return out.lines().filter(l -> l.startsWith("--> ")).sorted().toList();
    }

    private static JsonNode read(Path f) throws IOException {
        return new ObjectMapper().readTree(f.toFile());
    }

    /** Times and run ids differ between runs; everything else must not. */
    private static JsonNode normalize(JsonNode manifest) {
        var copy = manifest.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put("last_run_uuid", "RUN");
        for (JsonNode b : copy.get("builds")) {
            var o = (com.fasterxml.jackson.databind.node.ObjectNode) b;
            o.put("packer_run_uuid", "RUN");
            if (o.has("build_time")) {
                assertThat(o.get("build_time").isIntegralNumber()).isTrue();
                o.put("build_time", 0);
            }
        }
        return copy;
    }

    /** Field names in order and value kinds, recursively. */
    private static List<String> shape(JsonNode n) {
        List<String> out = new ArrayList<>();
        walk(n, "", out);
        return out;
    }

    private static void walk(JsonNode n, String path, List<String> out) {
        out.add(path + ":" + n.getNodeType());
        if (n.isObject()) {
            Iterator<String> names = n.fieldNames();
            while (names.hasNext()) {
                String k = names.next();
                walk(n.get(k), path + "." + k, out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "[" + i + "]", out);
            }
        }
    }
}
