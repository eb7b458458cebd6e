package io.jenkins.plugins.packer.engine.communicator.ssh;

import io.jenkins.plugins.packer.engine.communicator.RemoteShellQuote;

/** Quoting of remote paths for the POSIX shell that runs {@code scp -t/-f} and other helper commands. */
final class RemoteShell {

    private RemoteShell() {
    }

    /**
     * Quotes {@code path} for a POSIX shell. A leading {@code ~/} (or a lone {@code ~}) stays unquoted so the
     * remote shell still expands it to the home directory, as with Packer's unquoted scp commands.
     */
    static String quotePath(String path) {
        return RemoteShellQuote.quotePath(path);
    }

    /** Single-quotes {@code s}. */
    static String quote(String s) {
        return RemoteShellQuote.quote(s);
    }

    /** An SFTP path: SFTP has no shell, and relative paths start in the home directory, so {@code ~/} is dropped. */
    static String sftpPath(String path) {
        if (path.equals("~")) {
            return ".";
        }
        return path.startsWith("~/") ? path.substring(2) : path;
    }
}
