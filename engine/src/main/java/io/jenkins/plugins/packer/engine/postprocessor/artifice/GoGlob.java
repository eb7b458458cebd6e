package io.jenkins.plugins.packer.engine.postprocessor.artifice;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Go's {@code filepath.Glob} for artifact file lists: a pattern without meta characters names itself when the
 * file exists; otherwise each path element may use {@code * ? [...]}. Matches are returned as the pattern wrote
 * them (relative stays relative), sorted, directories included; no match is not an error.
 */
final class GoGlob {

    private GoGlob() {
    }

    static List<String> glob(String pattern, Path workingDir) throws IOException {
        if (!hasMeta(pattern)) {
            return Files.exists(workingDir.resolve(pattern)) ? List.of(pattern) : List.of();
        }
        String[] parts = pattern.split("/", -1);
        List<String> found = new ArrayList<>();
        expand(parts, 0, pattern.startsWith("/") ? "/" : "", workingDir, found);
        return found;
    }

    private static void expand(String[] parts, int i, String prefix, Path workingDir, List<String> out)
            throws IOException {
        if (i == parts.length) {
            out.add(prefix.endsWith("/") && prefix.length() > 1 ? prefix.substring(0, prefix.length() - 1) : prefix);
            return;
        }
        String part = parts[i];
        if (part.isEmpty()) {
            expand(parts, i + 1, prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/", workingDir, out);
            return;
        }
        String sep = prefix.isEmpty() || prefix.endsWith("/") ? "" : "/";
        if (!hasMeta(part)) {
            String next = prefix + sep + part;
            if (Files.exists(workingDir.resolve(next))) {
                expand(parts, i + 1, next, workingDir, out);
            }
            return;
        }
        Path dir = workingDir.resolve(prefix.isEmpty() ? "." : prefix);
        if (!Files.isDirectory(dir)) {
            return;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + part.replace("[!", "[^").replace("{", "\\{"));
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> m.matches(Path.of(n))).sorted().forEach(names::add);
        }
        for (String n : names) {
            expand(parts, i + 1, prefix + sep + n, workingDir, out);
        }
    }

    private static boolean hasMeta(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }
}
