package io.jenkins.plugins.packer.engine.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Stages the tree of a generated CD or floppy in a directory, as Packer copies {@code cd_files} into a
 * temporary root: a file goes to the root under its name; a directory keeps its name with its whole hierarchy,
 * or with a trailing slash only its contents are copied; {@code *_content} entries are written last and win.
 * Files are linked, not copied, so large files cost nothing.
 */
public final class MediaTree {

    private MediaTree() {
    }

    /**
     * Stages {@code files} (globs expanded against {@code base}) and {@code content} under {@code root}.
     *
     * @throws IOException "Error adding path to CD: stat X: no such file or directory" for a missing file
     */
    public static void stage(Path root, Path base, List<String> files, Map<String, String> content, String what)
            throws IOException {
        Files.createDirectories(root);
        for (String pattern : files) {
            boolean contentsOnly = pattern.endsWith("/");
            for (Path src : FileGlobs.expand(base, pattern)) {
                if (!Files.exists(src)) {
                    throw new IOException("Error adding path to " + what + ": stat " + src
                            + ": no such file or directory");
                }
                if (Files.isDirectory(src) && contentsOnly) {
                    try (var children = Files.list(src)) {
                        for (Path child : (Iterable<Path>) children::iterator) {
                            link(root.resolve(child.getFileName().toString()), child);
                        }
                    }
                } else {
                    link(root.resolve(src.getFileName().toString()), src);
                }
            }
        }
        for (Map.Entry<String, String> e : content.entrySet()) {
            String rel = e.getKey().replaceFirst("^/+", "");
            if (rel.isEmpty() || rel.contains("..")) {
                throw new IOException("invalid " + what + " content path \"" + e.getKey() + "\"");
            }
            Path target = root.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void link(Path at, Path target) throws IOException {
        Files.deleteIfExists(at);
        Files.createSymbolicLink(at, target.toAbsolutePath());
    }
}
