package io.jenkins.plugins.packer.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps user-given paths ({@code template}, {@code varFiles}) inside the workspace: no absolute paths, no
 * {@code ..} that climbs out, and (checked on the agent) no symbolic link that leads out.
 */
public final class WorkspacePaths {

    private WorkspacePaths() {
    }

    /**
     * The normalized workspace-relative form of {@code path}, with {@code /} separators ({@code .} for the
     * workspace itself).
     *
     * @param what the parameter name, for the message
     * @throws IllegalArgumentException when the path is blank, absolute or climbs out of the workspace
     */
    public static String confine(String path, String what) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " contains a NUL character");
        }
        String p = path.trim().replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.startsWith("~")) {
            throw new IllegalArgumentException(what + " must be relative to the workspace: " + path);
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException(what + " leads outside the workspace: " + path);
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? "." : String.join("/", parts);
    }

    /**
     * Resolves {@code relative} (already {@linkplain #confine confined}) against the workspace on this machine
     * and checks that, following symbolic links, it stays inside. A path that does not exist yet is checked
     * through its nearest existing parent.
     *
     * @throws IllegalArgumentException when a link leads outside the workspace
     */
    public static Path resolveInside(Path workspace, String relative, String what) throws IOException {
        Path root = workspace.toRealPath();
        Path candidate = root.resolve(confine(relative, what)).normalize();
        Path existing = candidate;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.toRealPath().startsWith(root)) {
            throw new IllegalArgumentException(what + " leads outside the workspace through a symbolic link: "
                    + relative);
        }
        return candidate;
    }
}
