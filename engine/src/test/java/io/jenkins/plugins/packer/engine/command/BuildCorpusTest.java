package io.jenkins.plugins.packer.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.BuildRun;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packer's TestBuild table (command/build_test.go, via the corpus's EXPECTED-TestBuild.txt), HCL2 and legacy
 * JSON: each case builds a fixture and must give Packer's exit code, create the expected files (with Packer's
 * expected contents) and not the unexpected ones.
 */
class BuildCorpusTest {

    private static final String MANIFEST_TEST_POTATO = """
            {
              "builds": [
                {
                  "name": "test",
                  "builder_type": "null",
                  "files": null,
                  "artifact_id": "Null",
                  "packer_run_uuid": "",
                  "custom_data": null
                },
                {
                  "name": "potato",
                  "builder_type": "null",
                  "files": null,
                  "artifact_id": "Null",
                  "packer_run_uuid": "",
                  "custom_data": null
                }
              ],
              "last_run_uuid": ""
            }""";

    private static String manifestOf(String name) {
        return """
                {
                  "builds": [
                    {
                      "name": "%s",
                      "builder_type": "null",
                      "files": null,
                      "artifact_id": "Null",
                      "packer_run_uuid": "",
                      "custom_data": null
                    }
                  ],
                  "last_run_uuid": ""
                }""".formatted(name);
    }

    private static final String SPAGHETTI_CARBONARA = "spaghetti\ncarbonara\n";
    private static final String LASAGNA = "lasagna\ntomato\nmozza\ncooking...\n";
    private static final String TIRAMISU = "whip_york\nmascarpone\nwhipped_egg_white\ndress\n";

    /** The expected contents of build_test.go, by case name (the corpus lists only the file names). */
    private static final Map<String, Map<String, String>> CONTENTS = Map.ofEntries(
            Map.entry("source name: HCL", Map.of("manifest.json", MANIFEST_TEST_POTATO)),
            Map.entry("build name: JSON except potato", Map.of("manifest.json", manifestOf("test"))),
            Map.entry("build name: JSON only potato", Map.of("manifest.json", manifestOf("potato"))),
            Map.entry("hcl - recipes", Map.of("NULL.spaghetti_carbonara.txt", SPAGHETTI_CARBONARA,
                    "NULL.lasagna.txt", LASAGNA, "NULL.tiramisu.txt", TIRAMISU)),
            Map.entry("hcl - recipes - except carbonara", Map.of("NULL.lasagna.txt", LASAGNA,
                    "NULL.tiramisu.txt", TIRAMISU)),
            Map.entry("hcl - recipes - only lasagna", Map.of("NULL.lasagna.txt", LASAGNA)),
            Map.entry("hcl - recipes - only recipes", Map.of("NULL.spaghetti_carbonara.txt", SPAGHETTI_CARBONARA,
                    "NULL.lasagna.txt", LASAGNA)),
            Map.entry("hcl - execute and use datasource", Map.of("chocolate.txt", "chocolate")),
            Map.entry("hcl - dynamic source blocks in a build block", Map.of("dummy.txt", "layers/base/main/files",
                    "postgres/13.txt", "layers/base/main/files\nlayers/base/init/files\nlayers/postgres/files")),
            Map.entry("hcl - variables can be used in shared post-processor fields", Map.of("example1.1.txt", "1\n",
                    "example2.2.txt", "2\n")),
            Map.entry("hcl - using build variables in post-processor", Map.of("example.2.txt", "2\n")),
            Map.entry("hcl - using variables in build block", Map.of("example.2.txt", "2\n")),
            Map.entry("hcl - recursive local using input var", Map.of("hey.txt", "hello")),
            Map.entry("hcl - var with default value empty object/list can be set", Map.of("foo.txt", "yo")),
            Map.entry("hcl - unknown ", Map.of("foo.txt", "foo")));

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> packerTestBuildTable() throws IOException {
        Path corpus = Corpus.dir("packer-command");
        List<TestBuildCases.Case> cases = TestBuildCases.read(corpus);
        assertThat(cases).hasSize(39);
        // as in Packer's test, the cases share one directory and each removes only the files it expected, so a
        // case may see what an earlier one left (build name: JSON except potato expects null.test.txt)
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try {
                check(c, work);
            } finally {
                for (String f : expectedFiles(c)) {
                    Files.deleteIfExists(work.resolve(f));
                }
            }
        }));
    }

    private static List<String> expectedFiles(TestBuildCases.Case c) {
        List<String> all = new java.util.ArrayList<>(c.expected());
        all.addAll(CONTENTS.getOrDefault(c.name(), Map.of()).keySet());
        return all;
    }

    private void check(TestBuildCases.Case c, Path dir) throws IOException {
        BuildRun.Result r = BuildRun.run(dir, Map.of(), c.args());
        assertThat(r.exitCode()).as("exit code of %s; output:%n%s%s", c.name(), r.out(), r.err()).isEqualTo(c.exit());
        Map<String, String> contents = CONTENTS.getOrDefault(c.name(), Map.of());
        assertThat(contents.keySet()).as("contents known for every checked file")
                .containsExactlyInAnyOrderElementsOf(c.contentChecked());
        for (String f : c.expected()) {
            assertThat(dir.resolve(f)).as("expected file; output:%n%s", r.out()).exists();
        }
        for (Map.Entry<String, String> e : contents.entrySet()) {
            Path f = dir.resolve(e.getKey());
            assertThat(f).as("expected file; output:%n%s", r.out()).exists();
            String actual = Files.readString(f, StandardCharsets.UTF_8);
            if (e.getKey().endsWith(".json")) {
                actual = actual.replaceAll("\"(packer_run_uuid|last_run_uuid)\": \"[^\"]*\"", "\"$1\": \"\"");
            }
            assertThat(actual).as(e.getKey()).isEqualTo(e.getValue());
        }
        for (String f : c.notExpected()) {
            assertThat(dir.resolve(f)).as("unexpected file").doesNotExist();
        }
    }
}
