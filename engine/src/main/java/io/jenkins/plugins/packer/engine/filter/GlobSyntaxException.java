package io.jenkins.plugins.packer.engine.filter;

/** A malformed glob; the message is gobwas/glob's (e.g. {@code unexpected end of input}). */
public final class GlobSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    GlobSyntaxException(String message) {
        super(message);
    }
}
