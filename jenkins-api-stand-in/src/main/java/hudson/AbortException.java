package hudson;

import java.io.IOException;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/AbortException.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line: an IOException whose message Jenkins prints without a stack trace. Only the message
 * constructor. Compile-only; never packaged.
 */
public final class AbortException extends IOException {
    public AbortException(String message) {
        throw new UnsupportedOperationException("stand-in");
    }

    private static final long serialVersionUID = 1L;
}
