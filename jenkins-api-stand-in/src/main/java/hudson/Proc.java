package hudson;

import hudson.model.TaskListener;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/Proc.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Only the members the plugin uses: join, kill, isAlive, joinWithTimeout.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 22610913): matches.
 * Compile-only; never packaged.
 */
public abstract class Proc {
    public abstract boolean isAlive() throws IOException, InterruptedException;

    public abstract void kill() throws IOException, InterruptedException;

    public abstract int join() throws IOException, InterruptedException;

    public final int joinWithTimeout(final long timeout, final TimeUnit unit,
            final TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }
}
