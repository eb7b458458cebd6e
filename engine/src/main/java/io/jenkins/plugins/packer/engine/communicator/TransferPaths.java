package io.jenkins.plugins.packer.engine.communicator;

import java.util.List;

/**
 * Packer's path rules for directory transfers (adopted from rsync): a source ending in {@code /} means "the
 * contents of this directory"; without it the directory itself is copied, i.e. created under the destination
 * with its own name. Remote paths always use {@code /}.
 */
public final class TransferPaths {

    private TransferPaths() {
    }

    /** True if {@code source} ends with a slash, i.e. its contents are copied rather than the directory. */
    public static boolean copiesContents(String source) {
        return source.endsWith("/") || source.endsWith("\\");
    }

    /** The last path element of {@code path}, ignoring trailing slashes ({@code "/a/b/"} gives {@code "b"}). */
    public static String baseName(String path) {
        String p = stripTrailingSlashes(path);
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return slash < 0 ? p : p.substring(slash + 1);
    }

    /** The directory part of a remote path ({@code "/a/b"} gives {@code "/a"}, {@code "b"} gives {@code "."}). */
    public static String remoteParent(String path) {
        String p = stripTrailingSlashes(path);
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? "/" : p.substring(0, slash);
    }

    /** Joins a remote directory and a relative name with exactly one {@code /}. */
    public static String joinRemote(String dir, String name) {
        if (dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** The remote directory that receives the files of local directory {@code source}. */
    public static String remoteRoot(String destination, String source) {
        return copiesContents(source) ? destination : joinRemote(destination, baseName(source));
    }

    /**
     * True if the relative path {@code relative} ({@code /}-separated) is excluded: it equals an entry of
     * {@code exclude} or lies under one.
     */
    public static boolean excluded(String relative, List<String> exclude) {
        if (exclude == null) {
            return false;
        }
        for (String e : exclude) {
            String x = stripTrailingSlashes(e);
            if (!x.isEmpty() && (relative.equals(x) || relative.startsWith(x + "/"))) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 1 && (path.charAt(end - 1) == '/' || path.charAt(end - 1) == '\\')) {
            end--;
        }
        return path.substring(0, end);
    }
}
