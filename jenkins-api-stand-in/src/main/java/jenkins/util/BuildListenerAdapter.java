package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/jenkins/util/BuildListenerAdapter.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Only wrap(TaskListener).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 569096491): matches.
 * Compile-only; never packaged.
 */
public final class BuildListenerAdapter implements BuildListener {
    public static BuildListener wrap(TaskListener l) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public PrintStream getLogger() {
        throw new UnsupportedOperationException("stand-in");
    }
}
