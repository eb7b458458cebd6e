package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/util/Secret.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Only getPlainText, and toString, declared so the plugin's ArchUnit rule can forbid calling it.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@057d4ed98642: matches.
 * Compile-only; never packaged.
 */
public final class Secret implements Serializable {
    @NonNull
    public String getPlainText() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    @Deprecated
    public String toString() {
        throw new UnsupportedOperationException("stand-in");
    }
}
