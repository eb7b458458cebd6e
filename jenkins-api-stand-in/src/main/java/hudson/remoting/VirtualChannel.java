package hudson.remoting;

import java.io.IOException;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/hudson/remoting/VirtualChannel.java} of jenkinsci/remoting (the
 * version Jenkins 2.516.x bundles). Only call(Callable) is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/remoting@352268273d3b: matches.
 * Compile-only; never packaged.
 */
public interface VirtualChannel {
    <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException;
}
