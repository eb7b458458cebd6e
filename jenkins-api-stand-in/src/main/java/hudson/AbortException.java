package hudson;

import java.io.IOException;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/AbortException.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line: an IOException whose message Jenkins prints without a stack trace. Only the message constructor.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@043504cd7e07: partly &mdash; final class extends IOException, serialVersionUID 1 ok; the stored
 * text is a 297-character snapshot without constructors, so AbortException(String) is not verified against upstream
 * text.
 * Compile-only; never packaged.
 */
public final class AbortException extends IOException {
    public AbortException(String message) {
        throw new UnsupportedOperationException("stand-in");
    }

    private static final long serialVersionUID = 1L;
}
