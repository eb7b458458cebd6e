package io.jenkins.plugins.packer.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keep_input_artifact and chain semantics as Packer's CoreBuild.Run, observed through files and the listing. */
class PostProcessorChainsTest {

    @TempDir
    Path dir;

    private BuildRun.Result build(String postProcessors) throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "file" "a" {
                  content = "payload"
                  target  = "a.txt"
                }
                build {
                  sources = ["file.a"]
                %s
                }
                """.formatted(postProcessors));
        return BuildRun.run(dir, Map.of(), List.of(dir.resolve("t.pkr.hcl").toString()));
    }

    private static List<String> artifacts(BuildRun.Result r) {
        return r.out().lines().filter(l -> l.startsWith("--> ")).toList();
    }

    @Test
    void withoutPostProcessorsTheBuilderArtifactIsListed() throws IOException {
        BuildRun.Result r = build("");
        assertThat(artifacts(r)).containsExactly("--> file.a: Stored file: a.txt");
    }

    @Test
    void compressDoesNotKeepItsInputByDefault() throws IOException {
        BuildRun.Result r = build("post-processor \"compress\" { output = \"a.tar.gz\" }");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(artifacts(r)).containsExactly("--> file.a: '' compressing: a.tar.gz");
        assertThat(dir.resolve("a.txt")).doesNotExist();
        assertThat(dir.resolve("a.tar.gz")).exists();
    }

    @Test
    void keepInputArtifactTrueKeepsIt() throws IOException {
        BuildRun.Result r = build("""
                post-processor "compress" {
                  output              = "a.tar.gz"
                  keep_input_artifact = true
                }""");
        assertThat(artifacts(r)).containsExactly("--> file.a: Stored file: a.txt",
                "--> file.a: '' compressing: a.tar.gz");
        assertThat(dir.resolve("a.txt")).exists();
    }

    @Test
    void forcedKeepIgnoresKeepInputArtifactFalse() throws IOException {
        BuildRun.Result r = build("""
                post-processor "manifest" {
                  output              = "m.json"
                  keep_input_artifact = false
                }""");
        assertThat(artifacts(r)).containsExactly("--> file.a: Stored file: a.txt", "--> file.a: Stored file: a.txt");
        assertThat(dir.resolve("a.txt")).exists();
    }

    @Test
    void artificeKeepsByDefaultButHonoursFalse() throws IOException {
        Files.writeString(dir.resolve("other.txt"), "x");
        BuildRun.Result r = build("""
                post-processor "artifice" {
                  files               = ["other.*"]
                  keep_input_artifact = false
                }""");
        assertThat(r.out()).contains("==> file.a (artifice): Discarding files from artifact: a.txt",
                "==> file.a (artifice): Using these artifact files: other.txt");
        assertThat(artifacts(r)).containsExactly("--> file.a: Created artifact from files: other.txt");
        assertThat(dir.resolve("a.txt")).doesNotExist();
    }

    @Test
    void aChainFeedsEachResultToTheNextAndDestroysIntermediatesNotKept() throws IOException {
        BuildRun.Result r = build("""
                post-processors {
                  post-processor "compress" {
                    output              = "a.tar"
                    keep_input_artifact = true
                  }
                  post-processor "compress" { output = "a.tar.gz" }
                }""");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(artifacts(r)).containsExactly("--> file.a: Stored file: a.txt",
                "--> file.a: '' compressing: a.tar.gz");
        assertThat(dir.resolve("a.tar")).as("intermediate, not kept").doesNotExist();
        assertThat(dir.resolve("a.tar.gz")).exists();
        assertThat(r.out()).contains("==> file.a: Running post-processor:  (type compress)",
                "==> file.a (compress): Tarring a.tar.gz with pgzip");
    }

    @Test
    void aFailingPostProcessorEndsItsChainOnlyAndFailsTheBuild() throws IOException {
        BuildRun.Result r = build("""
                post-processors {
                  post-processor "shell-local" {
                    name   = "boom"
                    inline = ["exit 3"]
                  }
                  post-processor "shell-local" { inline = ["echo never > never.txt"] }
                }
                post-processor "shell-local" { inline = ["echo other > other.txt"] }""");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("never.txt")).doesNotExist();
        assertThat(dir.resolve("other.txt")).exists();
        assertThat(r.out()).contains("==> file.a: Running post-processor: boom (type shell-local)")
                .contains("Build 'file.a' errored after ")
                .contains(": 1 error(s) occurred:\n\n* Post-processor failed: Script exited with non-zero exit status: 3."
                        + " Allowed exit codes are: [0]\n")
                .contains("==> Builds finished but no artifacts were created.");
    }

    @Test
    void postProcessorsSeeTheBuildValues() throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "null" "n" { communicator = "none" }
                build {
                  name    = "b"
                  sources = ["null.n"]
                  post-processor "shell-local" {
                    inline = ["echo ${build.ID}-${build.name}-${source.name} {{.ID}} > pp.txt"]
                  }
                }
                """);
        BuildRun.Result r = BuildRun.run(dir, Map.of(), List.of(dir.resolve("t.pkr.hcl").toString()));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(Files.readString(dir.resolve("pp.txt"))).isEqualTo("Null-b-n Null\n");
    }
}
