package io.jenkins.plugins.packer.engine.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code packer fmt} does to paths, files and standard input, after Packer's formatter and command tests. */
class Hcl2FormatterTest {

    static final String UNFORMATTED = "\nami_filter_name =\"amzn2-ami-hvm-*-x86_64-gp2\"\nami_filter_owners =[ \"137112412989\" ]\n\n";
    static final String FORMATTED = "\nami_filter_name   = \"amzn2-ami-hvm-*-x86_64-gp2\"\nami_filter_owners = [\"137112412989\"]\n\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Hcl2Formatter.Result run(boolean diff, boolean write, boolean recursive, String path, String stdin) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return new Hcl2Formatter(new Hcl2Formatter.Options(diff, write, recursive), out::writeBytes, in).format(path);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path copyFixtures() throws IOException {
        Path src = Corpus.dir("packer-command").resolve("command/test-fixtures/fmt");
        Path target = dir.resolve("fmt");
        Files.createDirectories(target);
        try (Stream<Path> s = Files.list(src)) {
            for (Path p : s.toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
        return target;
    }

    @Test
    void checkingAFormattedFileSaysNothing() throws IOException {
        Path f = copyFixtures().resolve("formatted.pkr.hcl");
        Hcl2Formatter.Result r = run(false, false, false, f.toString(), "");
        assertThat(r.bytesModified()).isZero();
        assertThat(r.diagnostics().isEmpty()).isTrue();
        assertThat(output()).isEmpty();
    }

    @Test
    void checkingADirectoryListsTheFilesThatWouldChangeAndTouchesNothing() throws IOException {
        Path fmt = copyFixtures();
        byte[] before = Files.readAllBytes(fmt.resolve("unformatted.pkr.hcl"));
        Hcl2Formatter.Result r = run(false, false, false, fmt.toString(), "");
        assertThat(r.bytesModified()).isPositive();
        assertThat(output()).isEqualTo(fmt + "/unformatted.auto.pkrvars.hcl\n" + fmt + "/unformatted.pkr.hcl\n"
                + fmt + "/unformatted.pkrvars.hcl\n");
        assertThat(Files.readAllBytes(fmt.resolve("unformatted.pkr.hcl"))).isEqualTo(before);
    }

    @Test
    void writingRewritesTheFiles() throws IOException {
        Path fmt = copyFixtures();
        run(false, true, false, fmt.resolve("unformatted.pkrvars.hcl").toString(), "");
        assertThat(Files.readString(fmt.resolve("unformatted.pkrvars.hcl")))
                .isEqualTo(FORMATTED.substring(1));
        assertThat(output()).isEqualTo(fmt.resolve("unformatted.pkrvars.hcl") + "\n");
    }

    @Test
    void directoryNamesAreJoinedAndCleanedAsGoDoes() throws IOException {
        Path fmt = copyFixtures();
        run(false, false, false, fmt + "//./", "");
        assertThat(output()).startsWith(fmt + "/unformatted.auto.pkrvars.hcl\n");
    }

    @Test
    void recursiveFormatsSubDirectoriesAndOnlyHclFiles() throws IOException {
        // Packer's TestFmt_Recursive
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : List.of("foo/bar/baz.pkr.hcl", "foo/bar/baz/woo.pkrvars.hcl", "potato", "foo/bar/potato",
                "bar.pkr.hcl", "-", ".hidden.pkr.hcl", "backup.pkr.hcl~", "#emacs.pkr.hcl#")) {
            files.put(name, UNFORMATTED);
        }
        create(files);
        run(false, true, true, dir.toString(), "");
        assertThat(read("foo/bar/baz.pkr.hcl")).isEqualTo(FORMATTED);
        assertThat(read("foo/bar/baz/woo.pkrvars.hcl")).isEqualTo(FORMATTED);
        assertThat(read("bar.pkr.hcl")).isEqualTo(FORMATTED);
        for (String untouched : List.of("potato", "foo/bar/potato", "-", ".hidden.pkr.hcl", "backup.pkr.hcl~",
                "#emacs.pkr.hcl#")) {
            assertThat(read(untouched)).as(untouched).isEqualTo(UNFORMATTED);
        }
    }

    @Test
    void withoutRecursiveSubDirectoriesAreLeftAlone() throws IOException {
        create(Map.of("foo/bar/baz.pkr.hcl", UNFORMATTED, "bar.pkr.hcl", UNFORMATTED));
        run(false, true, false, dir.toString(), "");
        assertThat(read("foo/bar/baz.pkr.hcl")).isEqualTo(UNFORMATTED);
        assertThat(read("bar.pkr.hcl")).isEqualTo(FORMATTED);
    }

    @Test
    void standardInputIsPrintedFormattedOrAsItIs() {
        run(false, true, false, "-", UNFORMATTED);
        assertThat(output()).isEqualTo(FORMATTED);
        out.reset();
        run(false, true, false, "-", FORMATTED);
        assertThat(output()).isEqualTo(FORMATTED);
    }

    @Test
    void checkingStandardInputPrintsNothingButCountsTheChange() {
        Hcl2Formatter.Result r = run(true, false, false, "-", UNFORMATTED);
        assertThat(output()).isEmpty();
        assertThat(r.bytesModified()).isEqualTo(FORMATTED.length());
    }

    @Test
    void diffShowsTheChangeAfterTheFileName() throws IOException {
        create(Map.of("a.pkr.hcl", "a=1\nbb = 2\n"));
        String path = dir.resolve("a.pkr.hcl").toString();
        run(true, false, false, path, "");
        assertThat(output()).isEqualTo(path + "\n--- old/" + path + "\n+++ new/" + path + "\n@@ -1,2 +1,2 @@\n"
                + "-a=1\n+a  = 1\n bb = 2\n");
        assertThat(read("a.pkr.hcl")).isEqualTo("a=1\nbb = 2\n");
    }

    @Test
    void jsonFileIsNotHcl() throws IOException {
        Path json = Corpus.dir("packer-hcl2template").resolve("hcl2template/testdata/format/test.json");
        Hcl2Formatter.Result r = run(false, true, false, json.toString(), "");
        assertThat(r.diagnostics().asList()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("encountered an error while formatting " + json);
            assertThat(d.detail()).isEqualTo("file " + json + " is not a HCL file");
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void missingFileCannotBeOpened() {
        String path = dir.resolve("nope.pkr.hcl").toString();
        Diagnostic d = run(false, true, false, path, "").diagnostics().asList().get(0);
        assertThat(d.detail()).isEqualTo("failed to open " + path + ": open " + path + ": no such file or directory");
    }

    @Test
    void malformedFileGivesTheParseErrorsAndIsLeftAlone() throws IOException {
        Path src = Corpus.dir("packer-command").resolve("command/test-fixtures/fmt_errs/malformed.pkr.hcl");
        Path f = dir.resolve("malformed.pkr.hcl");
        Files.copy(src, f);
        Hcl2Formatter.Result r = run(false, true, false, f.toString(), "");
        assertThat(r.bytesModified()).isZero();
        Diagnostic d = r.diagnostics().asList().get(0);
        assertThat(d.summary()).isEqualTo("encountered an error while formatting " + f);
        assertThat(d.detail()).isEqualTo("1 error occurred:\n\t* " + f + ":5,1-8: Argument or block definition "
                + "required; An argument or block definition is required here. To set an argument, use the equals "
                + "sign \"=\" to introduce the argument value.\n\n");
        assertThat(Files.readAllBytes(f)).isEqualTo(Files.readAllBytes(src));
    }

    @Test
    void severalErrorsAreListedAsGoMultierrorDoes() {
        Diagnostics diags = new Diagnostics();
        Range r1 = new Range("f.pkr.hcl", new Pos(1, 5, 4), new Pos(2, 1, 6));
        Range r2 = new Range("f.pkr.hcl", new Pos(3, 1, 10), new Pos(3, 4, 13));
        diags.error("Invalid expression", "Expected the start of an expression.", r1);
        diags.warning("Ignored", "warnings are not listed", r2);
        diags.error("Unexpected", "Nope.", r2);
        assertThat(Hcl2Formatter.errorList(diags)).isEqualTo("2 errors occurred:\n"
                + "\t* f.pkr.hcl:1,5-2,1: Invalid expression; Expected the start of an expression.\n"
                + "\t* f.pkr.hcl:3,1-4: Unexpected; Nope.\n\n");
    }

    private void create(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }
}
