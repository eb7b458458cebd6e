package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Globbing as the doublestar library (v1.3) that {@code fileset} uses does it: {@code *} and {@code ?}
 * within a path element (dot files included), {@code **} for any number of directories (following
 * symbolic links), {@code [abc]}, {@code [a-z]}, {@code [^...]}, nested {@code {alt1,alt2}} that may span
 * path elements, and backslash escapes. File system errors are ignored; a malformed pattern is reported
 * only when a file name is matched against it, as in the library.
 */
final class Glob {

    /** Go's {@code path.ErrBadPattern}. */
    static final class BadPatternException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPatternException() {
            super("syntax error in pattern");
        }
    }

    private Glob() {
    }

    /** The existing paths matching the slash-separated {@code pattern}, joined and cleaned. */
    static List<String> glob(String pattern) throws BadPatternException {
        List<String> matches = new ArrayList<>();
        if (pattern.isEmpty()) {
            return matches;
        }
        if (pattern.charAt(0) == '{') {
            GlobMatcher.Alternatives alt = GlobMatcher.splitAlternatives(pattern.substring(1));
            if (alt == null) {
                throw new BadPatternException();
            }
            for (String o : alt.options()) {
                matches.addAll(glob(o + pattern.substring(alt.end() + 1)));
            }
            return matches;
        }
        if (pattern.charAt(0) == '/') {
            doGlob("/", pattern.substring(1), matches);
        } else {
            doGlob(".", pattern, matches);
        }
        return matches;
    }

    private static void doGlob(String basedir, String pattern, List<String> matches) throws BadPatternException {
        int globIdx = GlobMatcher.indexAnyWithEscaping(pattern, "*?[{\\");
        if (globIdx > 0) {
            globIdx = GlobMatcher.lastIndexWithEscaping(pattern.substring(0, globIdx), '/');
        } else if (globIdx == -1) {
            globIdx = GlobMatcher.lastIndexWithEscaping(pattern, '/');
        }
        if (globIdx > 0) {
            basedir = GoPaths.join(basedir, pattern.substring(0, globIdx));
            pattern = pattern.substring(globIdx + 1);
        }
        Path dir = Path.of(basedir);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (pattern.isEmpty()) {
            matches.add(basedir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(e -> names.add(e.getFileName().toString()));
        } catch (IOException | SecurityException e) {
            return;
        }
        names.sort(null);
        int slash = GlobMatcher.indexWithEscaping(pattern, 0, '/');
        boolean last = slash == -1;
        if ((last ? pattern : pattern.substring(0, slash)).equals("**")) {
            for (String name : names) {
                String child = GoPaths.join(basedir, name);
                Path p = Path.of(child);
                if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                    continue; // a broken link is skipped
                }
                if (Files.isDirectory(p)) {
                    if (last) {
                        matches.add(child);
                    }
                    doGlob(child, pattern, matches);
                } else if (last) {
                    matches.add(child);
                }
            }
            if (last) {
                return;
            }
            pattern = pattern.substring(slash + 1);
        }
        for (String name : names) {
            List<String> rest = GlobMatcher.matchComponent(pattern, name);
            if (rest == null) {
                continue;
            }
            String child = GoPaths.join(basedir, name);
            if (rest.isEmpty()) {
                matches.add(child);
            } else {
                for (String alt : rest) {
                    doGlob(child, alt, matches);
                }
            }
        }
    }
}
