package hudson.slaves;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/slaves/WorkspaceList.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Only tempDir: the {@code <workspace>@tmp} sibling directory for temporary files of a build.
 * Compile-only; never packaged.
 */
public final class WorkspaceList {
    @CheckForNull
    public static FilePath tempDir(FilePath ws) {
        throw new UnsupportedOperationException("stand-in");
    }
}
