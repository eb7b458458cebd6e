package io.jenkins.plugins.packer.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.function.lib.PackerFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Packer's hcl2template parse tests (shared/corpus/packer-hcl2template/EXPECTED.md): each fixture must give
 * the same verdicts as Packer 1.16 — whether parsing reports diagnostics, whether any is an error, and whether
 * preparing the builds reports diagnostics — with the component set the Go tests register.
 */
class Hcl2TemplateCorpusTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| [^|]+ \\| [^|]+ \\| (?<name>[^|]+) \\| (?<fixture>testdata/[^| ]+) \\| parseDiags=(?<pd>\\w+) "
                    + "parseErr=(?<pe>\\w+) getBuildsDiags=(?<gb>\\w+)(?<extra>[^|]*)\\|");

    record Case(String name, String fixture, boolean parseDiags, boolean parseErr, boolean buildDiags,
            List<String> varFiles) {
    }

    @TestFactory
    Stream<DynamicTest> parseTestsAgreeWithPacker() throws IOException {
        Optional<Path> corpus = Corpus.root();
        assumeTrue(corpus.isPresent(), "shared/corpus is absent: skipping Packer's hcl2template parse tests");
        Path base = corpus.get().resolve("packer-hcl2template/hcl2template");
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.get().resolve("packer-hcl2template/EXPECTED.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                List<String> varFiles = new ArrayList<>();
                Matcher vf = Pattern.compile("\"(testdata/[^\"]+)\"").matcher(m.group("extra"));
                while (vf.find()) {
                    varFiles.add(vf.group(1));
                }
                cases.add(new Case(m.group("name").trim(), m.group("fixture"), Boolean.parseBoolean(m.group("pd")),
                        Boolean.parseBoolean(m.group("pe")), Boolean.parseBoolean(m.group("gb")), varFiles));
            }
        }
        assertThat(cases).as("rows read from EXPECTED.md").hasSizeGreaterThanOrEqualTo(60);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.fixture() + ")",
                () -> check(base, c)));
    }

    /**
     * Fixtures where this engine answers differently on purpose, with the reason. They still run: the test
     * asserts that the difference is exactly the one described.
     */
    private static final Map<String, String> DEVIATIONS = Map.of(
            "testdata/init/imports",
            "required_plugins names github.com/azr/amazon, which this engine does not provide; Packer's no-init "
                    + "test mode skips plugin checks, this engine always checks (nothing is ever downloaded)");

    private static void check(Path base, Case c) {
        if (DEVIATIONS.containsKey(c.fixture())) {
            Diagnostics d = new Diagnostics();
            TemplateParser.parse(new TemplateRequest(base.resolve(c.fixture()), List.of(), Map.of(), Map.of(), base,
                    MockComponents.registry(), Map.of(), "1.5.0", false), d);
            assertThat(d.asList()).as(DEVIATIONS.get(c.fixture()))
                    .anyMatch(x -> x.summary().equals("Plugin not provided: github.com/azr/amazon"));
            return;
        }
        Diagnostics parse = new Diagnostics();
        List<Path> varFiles = c.varFiles().stream().map(base::resolve).toList();
        TemplateRequest request = new TemplateRequest(base.resolve(c.fixture()), varFiles, Map.of(), Map.of(),
                base, MockComponents.registry(), PackerFunctions.table(new PackerFunctions.Options(base,
                        Instant.parse("2026-11-23T00:00:00Z"))), "1.5.0", false);
        TemplateParser.Loaded loaded = TemplateParser.parse(request, parse);
        Diagnostics builds = new Diagnostics();
        if (!parse.hasErrors() && loaded.template() != null) {
            TemplateValidator.validate(loaded.template(), MockComponents.registry(), name -> true, builds);
        }
        String detail = "parse: " + describe(parse) + "\nbuilds: " + describe(builds);
        assertThat(parse.hasErrors()).as("parseErr\n" + detail).isEqualTo(c.parseErr());
        assertThat(!parse.isEmpty()).as("parseDiags\n" + detail).isEqualTo(c.parseDiags());
        if (!c.parseErr()) {
            assertThat(!builds.isEmpty()).as("getBuildsDiags\n" + detail).isEqualTo(c.buildDiags());
        }
    }

    private static String describe(Diagnostics d) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic x : d) {
            sb.append("\n  ").append(x);
        }
        return sb.toString();
    }
}
