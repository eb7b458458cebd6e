package hudson.slaves;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/slaves/WorkspaceList.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Only tempDir: the {@code <workspace>{@code @tmp}} sibling directory for temporary files
 * of a build.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, ids 27297817385, 47265923731): matches.
 * Compile-only; never packaged.
 */
public final class WorkspaceList {
    @CheckForNull
    public static FilePath tempDir(FilePath ws) {
        throw new UnsupportedOperationException("stand-in");
    }
}
