package io.jenkins.plugins.packer.engine.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code filepath.Join}/{@code Clean} on slash-separated paths, and Go's wording of file errors. */
final class GoPaths {

    private GoPaths() {
    }

    /** {@code filepath.Join(dir, name)}: the two joined by a slash, then cleaned. */
    static String join(String dir, String name) {
        if (dir.isEmpty()) {
            return clean(name);
        }
        return clean(dir + "/" + name);
    }

    /** {@code filepath.Clean}: no doubled slashes, no {@code .} elements, {@code ..} resolved where it can be. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
                    parts.removeLast();
                } else if (!rooted) {
                    parts.addLast("..");
                }
                continue;
            }
            parts.addLast(p);
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** An I/O failure as Go's {@code *PathError} prints it: {@code op path: reason}. */
    static String error(String op, String path, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a directory";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason().toLowerCase(java.util.Locale.ROOT);
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return op + " " + path + ": " + reason;
    }
}
