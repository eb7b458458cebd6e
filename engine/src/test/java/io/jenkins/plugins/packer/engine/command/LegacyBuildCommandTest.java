package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.BuildRun;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legacy JSON build tests of Packer's command/build_test.go. */
class LegacyBuildCommandTest {

    @TempDir
    Path dir;

    private static String fixture(String... parts) {
        return Path.of(Corpus.dir("packer-command").resolve("command/test-fixtures").toString(), parts).toString();
    }

    private BuildRun.Result build(String... args) {
        return BuildRun.run(dir, Map.of(), List.of(args));
    }

    private void assertFiles(List<String> present, List<String> absent) {
        for (String f : present) {
            assertThat(dir.resolve(f)).exists();
        }
        for (String f : absent) {
            assertThat(dir.resolve(f)).doesNotExist();
        }
    }

    @Test
    void onlyFileCommaFlags() {
        BuildRun.Result r = build("-parallel-builds=1", "-only=chocolate,vanilla", fixture("build-only", "template.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertFiles(List.of("chocolate.txt", "vanilla.txt", "apple.txt", "peach.txt", "pear.txt", "unnamed.txt",
                "tomato.txt"), List.of("cherry.txt"));
    }

    @Test
    void onlyFileMultipleFlags() {
        BuildRun.Result r = build("-parallel-builds=1", "-only=chocolate", "-only=cherry", "-only=apple",
                "-only=peach", "-only=pear", fixture("build-only", "template.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertFiles(List.of("chocolate.txt", "cherry.txt", "apple.txt", "peach.txt", "pear.txt", "unnamed.txt"),
                List.of("vanilla.txt", "tomato.txt"));
    }

    @Test
    void everythingWithAnEmptyExcept() {
        BuildRun.Result r = build("-parallel-builds=1", "-except=", fixture("build-only", "template.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain("Warning");
        assertFiles(List.of("chocolate.txt", "vanilla.txt", "tomato.txt", "apple.txt", "cherry.txt", "pear.txt",
                "peach.txt", "unnamed.txt"), List.of());
    }

    @Test
    void exceptSkipsBuildsAndPostProcessorChains() {
        BuildRun.Result r = build("-parallel-builds=1", "-except=chocolate,vanilla,tomato",
                fixture("build-only", "template.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertFiles(List.of("apple.txt", "cherry.txt", "peach.txt"),
                List.of("chocolate.txt", "vanilla.txt", "tomato.txt", "unnamed.txt"));
    }

    @Test
    void anUnknownBuilderFailsItsBuildWhileTheOthersRun() {
        BuildRun.Result r = build("-parallel-builds=1", "-except=", fixture("build-only", "not-found.json"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Error: Unknown builder type \"non-existing\"",
                "Build 'chocolate' finished after");
        assertFiles(List.of("chocolate.txt"), List.of("vanilla.txt"));
    }

    @Test
    void provisionersAndPostProcessorsShareBuildVariables() {
        BuildRun.Result r = build(fixture("build-variable-sharing", "template.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertFiles(List.of("provisioner.Null.txt", "post-processor.Null.txt"), List.of());
    }

    @Test
    void provisionerOverride() {
        BuildRun.Result r = build("--color=false", fixture("provisioners", "provisioner-override.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("example1: yes overridden", "example2: not overridden")
                .doesNotContain("example2: yes overridden", "example1: not overridden");
    }

    @ParameterizedTest
    @CsvSource({"packer, packer, null", "null, null, packer"})
    void provisionerAndPostProcessorOnlyExcept(String only, String kept, String skipped) {
        BuildRun.Result r = build("-only", only, fixture("provisioners", "provisioner-only-except.json"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains(kept + " provisioner " + kept + " and null",
                kept + " post-processor " + kept + " and null")
                .doesNotContain(skipped + " provisioner", skipped + " post-processor");
    }
}
