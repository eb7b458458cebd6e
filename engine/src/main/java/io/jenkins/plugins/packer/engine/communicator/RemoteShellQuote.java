package io.jenkins.plugins.packer.engine.communicator;

/** POSIX shell quoting for words and paths put into remote command lines. */
public final class RemoteShellQuote {

    private RemoteShellQuote() {
    }

    /**
     * Quotes {@code path} for a POSIX shell. A leading {@code ~/} (or a lone {@code ~}) stays unquoted so the
     * remote shell still expands it to the home directory, as with Packer's unquoted remote commands.
     */
    public static String quotePath(String path) {
        if (path.equals("~")) {
            return "~";
        }
        if (path.startsWith("~/")) {
            return "~/" + quote(path.substring(2));
        }
        return quote(path);
    }

    /** Single-quotes {@code s} (an embedded {@code '} becomes {@code '"'"'}). */
    public static String quote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
