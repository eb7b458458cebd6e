package io.jenkins.plugins.packer.engine.media;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a path that may contain glob characters ({@code * ? [}) as Go's {@code filepath.Glob}: each pattern
 * segment matches one path segment; results are sorted. A path without glob characters is returned as it is,
 * whether or not it exists (the caller reports missing files).
 */
public final class FileGlobs {

    private FileGlobs() {
    }

    public static boolean hasMeta(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
    }

    /** The matches of {@code pattern} (relative patterns resolved against {@code base}). */
    public static List<Path> expand(Path base, String pattern) throws IOException {
        if (!hasMeta(pattern)) {
            return List.of(base.resolve(pattern));
        }
        Path abs = base.resolve(pattern).normalize();
        Path root = abs.getRoot() == null ? base : abs.getRoot();
        Path fixed = root;
        int depth = 0;
        for (Path seg : abs) {
            if (hasMeta(seg.toString())) {
                break;
            }
            fixed = fixed.resolve(seg);
            depth++;
        }
        int patternDepth = abs.getNameCount() - depth;
        if (!Files.isDirectory(fixed)) {
            return List.of();
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + abs.toString().replace("\\", "\\\\"));
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(fixed, patternDepth)) {
            s.filter(p -> p.getNameCount() == abs.getNameCount() && m.matches(p)).sorted().forEach(out::add);
        }
        return out;
    }
}
