package io.jenkins.plugins.packer.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.packer.engine.hcl.write.HclFormatter;
import io.jenkins.plugins.packer.engine.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unified diffs in GNU diff's layout, checked by hand and against {@code /usr/bin/diff} when it exists. */
class UnifiedDiffTest {

    private static final Path DIFF = Path.of("/usr/bin/diff");

    @TempDir
    Path dir;

    private static String diff(String a, String b) {
        return new String(UnifiedDiff.diff(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8),
                "old/f", "new/f"), StandardCharsets.UTF_8);
    }

    @Test
    void equalInputsGiveNoDiff() {
        assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
        assertThat(diff("", "")).isEmpty();
    }

    @Test
    void oneChangedLineWithContext() {
        assertThat(diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n")).isEqualTo(
                "--- old/f\n+++ new/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    @Test
    void singleLineRangesAndEmptySides() {
        assertThat(diff("a\n", "b\n")).isEqualTo("--- old/f\n+++ new/f\n@@ -1 +1 @@\n-a\n+b\n");
        assertThat(diff("", "a\nb\n")).isEqualTo("--- old/f\n+++ new/f\n@@ -0,0 +1,2 @@\n+a\n+b\n");
        assertThat(diff("a\nb\n", "a\n")).isEqualTo("--- old/f\n+++ new/f\n@@ -1,2 +1 @@\n a\n-b\n");
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertThat(diff("a = 1", "a = 1\n")).isEqualTo(
                "--- old/f\n+++ new/f\n@@ -1 +1 @@\n-a = 1\n\\ No newline at end of file\n+a = 1\n");
    }

    @Test
    void distantChangesMakeSeparateHunksAndCloseOnesShareOne() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append(i).append('\n');
        }
        String far = a.toString().replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");
        assertThat(diff(a.toString(), far)).contains("@@ -1,5 +1,5 @@").contains("@@ -16,5 +16,5 @@");
        String near = a.toString().replace("\n5\n", "\nfive\n").replace("\n11\n", "\neleven\n");
        assertThat(diff(a.toString(), near)).containsOnlyOnce("@@ -").contains("@@ -2,13 +2,13 @@");
    }

    @Test
    void sameAsGnuDiffOnFormattingChanges() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(DIFF), "/usr/bin/diff is absent; skipping the comparison");
        List<byte[][]> pairs = new ArrayList<>();
        Random random = new Random(42);
        for (Path f : corpusFiles()) {
            byte[] formatted = Files.readAllBytes(f);
            pairs.add(new byte[][] {mess(formatted, random), formatted});
            pairs.add(new byte[][] {formatted, mess(formatted, random)});
        }
        assertThat(pairs).hasSizeGreaterThan(20);
        int i = 0;
        int exact = 0;
        for (byte[][] pair : pairs) {
            Path a = dir.resolve("a" + i);
            Path b = dir.resolve("b" + i);
            Files.write(a, pair[0]);
            Files.write(b, pair[1]);
            Process p = new ProcessBuilder(DIFF.toString(), "--label=old/x", "--label=new/x", "-u", a.toString(),
                    b.toString()).redirectErrorStream(true).start();
            String gnu = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String ours = new String(UnifiedDiff.diff(pair[0], pair[1], "old/x", "new/x"), StandardCharsets.UTF_8);
            if (ours.equals(gnu)) {
                exact++;
            } else {
                // GNU diff first sets aside lines that have no match in the other file; where identical lines
                // repeat, it may then keep a different one of them: same hunks, same lines removed and added
                assertThat(summary(ours)).as("pair %d", i).isEqualTo(summary(gnu));
            }
            i++;
        }
        assertThat(exact).as("identical to GNU diff").isGreaterThan(pairs.size() * 9 / 10);
    }

    /** Hunk headers, and the sorted removed and added lines of each hunk. */
    private static List<String> summary(String diff) {
        List<String> out = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (String line : diff.split("\n")) {
            if (line.startsWith("@@")) {
                changes.sort(null);
                out.addAll(changes);
                changes.clear();
                out.add(line);
            } else if (line.startsWith("-") || line.startsWith("+")) {
                changes.add(line);
            }
        }
        changes.sort(null);
        out.addAll(changes);
        return out;
    }

    /** Strips the indentation of some lines and squeezes spaces around some equal signs. */
    private static byte[] mess(byte[] src, Random random) {
        String[] lines = new String(src, StandardCharsets.UTF_8).split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int r = random.nextInt(6);
            if (r == 0) {
                l = l.strip();
            } else if (r == 1) {
                l = l.replaceFirst(" += +", "=");
            }
            sb.append(l);
            if (i < lines.length - 1) {
                sb.append('\n');
            }
        }
        return HclFormatter.format(sb.toString().getBytes(StandardCharsets.UTF_8)).length > 0
                ? sb.toString().getBytes(StandardCharsets.UTF_8) : src;
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.walk(Corpus.dir("chef-bento"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".hcl")).sorted().toList();
        }
    }
}
