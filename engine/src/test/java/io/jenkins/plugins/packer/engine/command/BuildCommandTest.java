package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.BuildRun;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The other build tests of Packer's command/build_test.go that apply to HCL2 templates. */
class BuildCommandTest {

    @TempDir
    Path dir;

    private static Path fixture(String... parts) {
        return Path.of(Corpus.dir("packer-command").resolve("command/test-fixtures").toString(), parts);
    }

    private BuildRun.Result build(Map<String, String> env, String... args) {
        return BuildRun.run(dir, env, List.of(args));
    }

    private BuildRun.Result build(String... args) {
        return build(Map.of(), args);
    }

    @Test
    void provisionerOverrideAppliesToItsSourceOnly() {
        BuildRun.Result r = build("--color=false", fixture("hcl", "provisioner-override.pkr.hcl").toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("null.example1: yes overridden", "null.example2: not overridden")
                .doesNotContain("null.example2: yes overridden", "null.example1: not overridden");
    }

    @Test
    void scriptPathRelativeToPathRoot() throws IOException {
        // the template says script = "./${path.root}/hello.sh": it works when the template path is relative
        Path cwd = Path.of("").toAbsolutePath();
        Path copy = Files.createTempDirectory(cwd.resolve("target"), "reprepare");
        for (String f : List.of("shell-local.pkr.hcl", "hello.sh")) {
            Files.copy(fixture("hcl", "reprepare", f), copy.resolve(f));
        }
        Files.writeString(copy.resolve("hello.sh"), "echo \"hello from the $BUILDER builder $USER\"\n");
        copy.resolve("hello.sh").toFile().setExecutable(true);
        Path template = cwd.relativize(copy.resolve("shell-local.pkr.hcl"));
        BuildRun.Result r = BuildRun.run(cwd, Map.of(), List.of("--color=false", template.toString()));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("==> null.example: Running local shell script: ./target/reprepare")
                .contains("null.example: hello from the NULL builder packeruser")
                .contains("Build 'null.example' finished after");
    }

    @ParameterizedTest
    @CsvSource({"template.pkr.hcl", "template.pkr.json"})
    void exceptSkipsBuildsAndPostProcessorsByName(String template) {
        BuildRun.Result r = build("-parallel-builds=1", "-except=file.chocolate,file.vanilla,tomato",
                fixture("build-only", template).toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        for (String f : List.of("apple.txt", "cherry.txt", "peach.txt")) {
            assertThat(dir.resolve(f)).as(r.out()).exists();
        }
        for (String f : List.of("chocolate.txt", "vanilla.txt", "tomato.txt", "unnamed.txt")) {
            assertThat(dir.resolve(f)).doesNotExist();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "-only=chocolate                         | ''                    | chocolate vanilla cherry | 1",
        "-only=*chocolate*                       | chocolate             | vanilla cherry           | 0",
        "-except=*chocolate*                     | vanilla cherry        | chocolate                | 0",
        "-except=*ch*                            | vanilla               | chocolate cherry         | 0",
        "-only=*chocolate* -only=*vanilla*       | chocolate vanilla     | cherry                   | 0",
        "-except=*chocolate* -except=*vanilla*   | cherry                | chocolate vanilla        | 0",
        "-only=my_build.file.chocolate           | chocolate             | vanilla cherry           | 0",
        "-except=my_build.file.chocolate         | vanilla cherry        | chocolate                | 0",
        "-only=file.cherry                       | cherry                | vanilla chocolate        | 0"})
    void hclOnlyExceptOptions(String flags, String present, String absent, int exit) {
        List<String> args = new ArrayList<>(List.of("-parallel-builds=1"));
        args.addAll(List.of(flags.split(" ")));
        args.add(fixture("hcl-only-except").toString());
        BuildRun.Result r = BuildRun.run(dir, Map.of(), args);
        assertThat(r.exitCode()).as(r.out()).isEqualTo(exit);
        for (String f : words(present)) {
            assertThat(dir.resolve(f + ".txt")).as(r.out()).exists();
        }
        for (String f : words(absent)) {
            assertThat(dir.resolve(f + ".txt")).doesNotExist();
        }
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split(" +"));
    }

    @Test
    void manifestAppendsAcrossRunsAndForceStartsItAgain() throws IOException {
        String template = fixture("hcl", "force.pkr.hcl").toString();
        String first = UUID.randomUUID().toString();
        assertThat(build(Map.of("PACKER_RUN_UUID", first), template).exitCode()).isZero();
        assertThat(manifest()).isEqualTo(potatoManifest(List.of(first), first));

        String second = UUID.randomUUID().toString();
        assertThat(build(Map.of("PACKER_RUN_UUID", second), template).exitCode()).isZero();
        assertThat(manifest()).isEqualTo(potatoManifest(List.of(first, second), second));

        String third = UUID.randomUUID().toString();
        assertThat(build(Map.of("PACKER_RUN_UUID", third), "-force", template).exitCode()).isZero();
        assertThat(manifest()).isEqualTo(potatoManifest(List.of(third), third));
    }

    private String manifest() throws IOException {
        return Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8);
    }

    /** build_test.go's expected manifest of force.pkr.hcl, one entry per run. */
    private static String potatoManifest(List<String> runs, String last) {
        StringBuilder builds = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            builds.append("    {\n")
                    .append("      \"name\": \"potato\",\n")
                    .append("      \"builder_type\": \"null\",\n")
                    .append("      \"files\": null,\n")
                    .append("      \"artifact_id\": \"Null\",\n")
                    .append("      \"packer_run_uuid\": \"").append(runs.get(i)).append("\",\n")
                    .append("      \"custom_data\": null\n")
                    .append("    }").append(i + 1 < runs.size() ? ",\n" : "\n");
        }
        return "{\n  \"builds\": [\n" + builds + "  ],\n  \"last_run_uuid\": \"" + last + "\"\n}";
    }

    @ParameterizedTest
    @CsvSource({"null.packer, packer, other", "null.other, other, packer"})
    void provisionerAndPostProcessorOnlyExcept(String only, String kept, String skipped) {
        BuildRun.Result r = build("-only", only, fixture("provisioners", "provisioner-only-except.pkr.hcl").toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains(kept + " provisioner " + kept + " and null",
                kept + " post-processor " + kept + " and null");
        assertThat(r.out()).doesNotContain(skipped + " provisioner", skipped + " post-processor");
    }

    @Test
    void noBuildBlockIsOneError() {
        BuildRun.Result r = build(fixture("hcl", "no_build.pkr.hcl").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Error: Missing build block");
        assertThat(r.out().split("Error: ", -1)).hasSize(2);
    }
}
