package io.jenkins.plugins.packer.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.BuildRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provisioner meta-arguments, the error-cleanup provisioner and build values, through whole builds. */
class ProvisionerMetaTest {

    @TempDir
    Path dir;

    private BuildRun.Result build(String body, String... flags) throws IOException {
        Files.writeString(dir.resolve("t.pkr.hcl"), """
                source "null" "n" { communicator = "none" }
                build {
                  sources = ["null.n"]
                %s
                }
                """.formatted(body));
        List<String> args = new ArrayList<>(List.of(flags));
        args.add(dir.resolve("t.pkr.hcl").toString());
        return BuildRun.run(dir, Map.of(), args);
    }

    @Test
    void retriesUntilTheProvisionerSucceeds() throws IOException {
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  max_retries = 3
                  inline = ["n=$(cat count 2>/dev/null || echo 0); echo $((n+1)) > count; [ $n -ge 2 ]"]
                }""");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(Files.readString(dir.resolve("count")).trim()).isEqualTo("3");
        assertThat(r.out()).contains("==> null.n: Provisioner failed with \"Script exited with non-zero exit status: "
                + "1. Allowed exit codes are: [0]\", retrying with 3 trie(s) left")
                .contains("retrying with 2 trie(s) left").doesNotContain("retrying with 1 trie(s) left")
                .doesNotContain("retry limit reached.");
    }

    @Test
    void retryLimitReachedFailsWithTheFirstError() throws IOException {
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  max_retries = 1
                  inline = ["exit 4"]
                }""");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("retrying with 1 trie(s) left", "==> null.n: retry limit reached.",
                "Build 'null.n' errored after");
    }

    @Test
    void pauseBeforeAndTimeout() throws IOException {
        long t0 = System.nanoTime();
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  pause_before = "300ms"
                  inline       = ["echo paused"]
                }
                provisioner "shell-local" {
                  timeout = "500ms"
                  inline  = ["sleep 30"]
                }""");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(ms).isLessThan(10_000);
        assertThat(r.out()).contains("==> null.n: Pausing 300ms before the next provisioner...",
                "    null.n: paused", "==> null.n: Setting a 500ms timeout for the next provisioner...",
                "==> null.n: Cancelling provisioner after a timeout...",
                "errored after").contains("context deadline exceeded");
    }

    @Test
    void continueOnErrorWarnsAndGoesOn() throws IOException {
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  continue_on_error = true
                  inline = ["exit 2"]
                }
                provisioner "shell-local" { inline = ["echo after > after.txt"] }""");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(dir.resolve("after.txt")).exists();
        assertThat(r.out()).contains("Warning: Provisioner failed with \"Script exited with non-zero exit status: 2.");
    }

    @Test
    void errorCleanupProvisionerRunsOnlyWhenProvisioningFails() throws IOException {
        String cleanup = """
                error-cleanup-provisioner "shell-local" { inline = ["echo cleaned > cleanup.txt"] }
                """;
        BuildRun.Result ok = build(cleanup + "provisioner \"shell-local\" { inline = [\"true\"] }");
        assertThat(ok.exitCode()).isZero();
        assertThat(dir.resolve("cleanup.txt")).doesNotExist();
        BuildRun.Result failed = build(cleanup + "provisioner \"shell-local\" { inline = [\"exit 9\"] }");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("==> null.n: Provisioning step had errors: Running the cleanup "
                + "provisioner, if present...");
        assertThat(dir.resolve("cleanup.txt")).hasContent("cleaned");
    }

    @Test
    void onErrorAbortSkipsTheErrorCleanupButRunCleanupProvisionerRunsIt() throws IOException {
        String body = """
                error-cleanup-provisioner "shell-local" { inline = ["echo cleaned > cleanup.txt"] }
                provisioner "shell-local" { inline = ["exit 9"] }""";
        build(body, "-on-error=abort");
        assertThat(dir.resolve("cleanup.txt")).doesNotExist();
        build(body, "-on-error=run-cleanup-provisioner");
        assertThat(dir.resolve("cleanup.txt")).exists();
    }

    @Test
    void buildValuesAreKnownWhenProvisioning() throws IOException {
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  inline = ["echo ${build.ID} ${build.ConnType} ${build.PackerRunUUID} {{ .ID }} {{ build_name }}"]
                }""");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("    null\\.n: Null none [0-9a-f-]{36} Null n");
    }

    @Test
    void envAndEnvironmentVarsReachTheScript() throws IOException {
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  environment_vars = ["A=it's", "B=two words"]
                  env              = { B = "map wins", C = "$HOME" }
                  inline           = ["echo \\"$A|$B|$C|$PACKER_BUILD_NAME|$PACKER_BUILDER_TYPE\\""]
                }""");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("    null.n: it's|map wins|$HOME|n|null");
    }

    @Test
    void configurationErrorsStopTheRunBeforeAnyBuild() throws IOException {
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  inline = ["echo a"]
                  script = "x.sh"
                }
                provisioner "sleep" { }""");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Error: Too many commands", "Error: Missing required argument")
                .doesNotContain("Build 'null.n'");
    }

    @Test
    void onlyOnAnotherOsSkips() throws IOException {
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  only_on = ["windows"]
                  inline  = ["echo ran > ran.txt"]
                }""");
        assertThat(r.out()).contains("==> null.n: Skipping shell-local due to runtime OS");
        assertThat(dir.resolve("ran.txt")).doesNotExist();
    }

    @Test
    void validExitCodesAndScriptFiles() throws IOException {
        Files.writeString(dir.resolve("s.sh"), "#!/bin/sh\necho from script $1\nexit 5\n");
        BuildRun.Result r = build("""
                provisioner "shell-local" {
                  scripts          = ["s.sh"]
                  valid_exit_codes = [0, 5]
                  execute_command  = ["/bin/sh", "-c", "{{.Vars}} /bin/sh {{.Script}} arg"]
                }""");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("==> null.n: Running local shell script: s.sh", "    null.n: from script arg");
    }
}
