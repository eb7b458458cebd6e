package io.jenkins.plugins.packer.engine.hcl.dec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.Severity;
import io.jenkins.plugins.packer.engine.hcl.Traversal;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs hashicorp/hcl's spec suite ({@code shared/corpus/hcl-specsuite}) as hclspecsuite does with hcldec:
 * each {@code NAME.t} is checked against {@code NAME.hcl} and {@code NAME.hcl.json} (when present) decoded
 * with {@code NAME.hcldec}. Skipped when the corpus is not there.
 */
class SpecSuiteTest {

    private static Path suiteDir() {
        Optional<Path> dir = CorpusLocation.find("hcl-specsuite");
        Assumptions.assumeTrue(dir.isPresent(), "HCL spec suite not found: set " + CorpusLocation.ENV
                + " or provide shared/corpus/hcl-specsuite beside the repository");
        return dir.get().resolve("specsuite").resolve("tests");
    }

    private static List<Path> testFiles() throws IOException {
        try (Stream<Path> s = Files.walk(suiteDir())) {
            return s.filter(p -> p.toString().endsWith(".t")).sorted().toList();
        }
    }

    private static List<Path> inputs(Path t) {
        String base = t.toString().substring(0, t.toString().length() - 2);
        return Stream.of(Path.of(base + ".hcl"), Path.of(base + ".hcl.json")).filter(Files::exists).toList();
    }

    @Test
    void suiteIsComplete() throws IOException {
        List<Path> tests = testFiles();
        assertThat(tests).hasSize(15);
        assertThat(tests.stream().mapToInt(t -> inputs(t).size()).sum()).isEqualTo(16);
    }

    @TestFactory
    Stream<DynamicTest> specSuite() throws IOException {
        Path root = suiteDir();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path t : testFiles()) {
            for (Path input : inputs(t)) {
                String name = root.relativize(input).toString();
                tests.add(DynamicTest.dynamicTest(name, () -> run(t, input)));
            }
        }
        return tests.stream();
    }

    private static void run(Path testFile, Path input) throws IOException {
        Diagnostics meta = new Diagnostics();
        SpecSuiteCase expected = SpecSuiteCase.read(SuiteFiles.parse(testFile, meta), meta);
        String base = testFile.toString().substring(0, testFile.toString().length() - 2);
        SpecFileReader.SpecFile spec = SpecFileReader.read(SuiteFiles.parse(Path.of(base + ".hcldec"), meta), meta);
        assertThat(meta.asList()).as("problems reading the test or spec file").noneMatch(Diagnostic::isError);

        Diagnostics diags = new Diagnostics();
        Body body = SuiteFiles.parse(input, diags);
        EvalContext ctx = spec.variables().isEmpty() ? null : EvalContext.of(spec.variables(), Map.of());
        boolean parsed = !diags.hasErrors();
        if (expected.checksTraversals() && parsed) {
            checkTraversals(HclDec.variables(body, spec.root()), expected.traversals());
        }
        Value result = parsed ? HclDec.decode(body, spec.root(), ctx, diags) : Value.DYNAMIC;

        if (!expected.diagnostics().isEmpty()) {
            checkDiagnostics(diags, expected.diagnostics(), input.toString());
            return;
        }
        assertThat(diags.asList()).as("diagnostics").noneMatch(Diagnostic::isError);
        assertThat(TypeConformance.conforms(result.type(), expected.resultType()))
                .as("result type %s conforms to %s", result.type(), expected.resultType()).isTrue();
        if (expected.result() != null) {
            assertThat(result).isEqualTo(expected.result());
        }
    }

    private static void checkDiagnostics(Diagnostics got, List<SpecSuiteCase.ExpectedDiag> want, String file) {
        record Entry(Severity severity, Range range) {
        }
        Set<Entry> gotSet = new HashSet<>();
        for (Diagnostic d : got) {
            if (d.subject() == null || !d.subject().filename().equals(file)) {
                fail("diagnostic about something else than the input: " + d);
            }
            gotSet.add(new Entry(d.severity(), d.subject()));
        }
        Set<Entry> wantSet = want.stream()
                .map(e -> new Entry(e.severity(), new Range(file, e.range().start(), e.range().end())))
                .collect(Collectors.toSet());
        assertThat(gotSet).as("diagnostics (severity, subject) of %s; all: %s", file, got).isEqualTo(wantSet);
    }

    private static void checkTraversals(List<Traversal> got, List<SpecSuiteCase.ExpectedTraversal> want) {
        List<String> gotNames = got.stream().map(Traversal::toString).sorted().toList();
        List<String> wantNames = want.stream().map(e -> String.valueOf(e.traversal())).sorted().toList();
        assertThat(gotNames).as("traversals").isEqualTo(wantNames);
        for (SpecSuiteCase.ExpectedTraversal e : want) {
            if (e.range() != null) {
                assertThat(got).as("traversal %s at %s", e.traversal(), e.range()).anyMatch(t ->
                        t.toString().equals(String.valueOf(e.traversal()))
                                && t.range().start().equals(e.range().start())
                                && t.range().end().equals(e.range().end()));
            }
        }
    }

    /** Type conformance as cty's TestConformance: {@code any} in the wanted type accepts anything there. */
    static final class TypeConformance {
        private TypeConformance() {
        }

        static boolean conforms(Type got, Type want) {
            if (want.isDynamic()) {
                return true;
            }
            if (want instanceof Type.ListType w && got instanceof Type.ListType g) {
                return conforms(g.element(), w.element());
            }
            if (want instanceof Type.SetType w && got instanceof Type.SetType g) {
                return conforms(g.element(), w.element());
            }
            if (want instanceof Type.MapType w && got instanceof Type.MapType g) {
                return conforms(g.element(), w.element());
            }
            if (want instanceof Type.TupleType w && got instanceof Type.TupleType g) {
                if (w.elements().size() != g.elements().size()) {
                    return false;
                }
                for (int i = 0; i < w.elements().size(); i++) {
                    if (!conforms(g.elements().get(i), w.elements().get(i))) {
                        return false;
                    }
                }
                return true;
            }
            if (want instanceof Type.ObjectType w && got instanceof Type.ObjectType g) {
                if (!w.attributes().keySet().equals(g.attributes().keySet())) {
                    return false;
                }
                return w.attributes().entrySet().stream()
                        .allMatch(e -> conforms(g.attributes().get(e.getKey()), e.getValue()));
            }
            return got.equals(want);
        }
    }
}
