package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/Launcher.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Only launch(), isUnix(), getChannel() and the ProcStarter setters the plugin calls.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (index id 44769667, 56,905 chars, read_file): FIXED &mdash; ProcStarter.pwd({@code @CheckForNull} FilePath) (was
 * {@code @NonNull}); envs({@code @NonNull} Map&lt;String, String&gt;) (annotation added); abstract class Launcher,
 * {@code @CheckForNull} getChannel(), {@code @NonNull} public final ProcStarter launch(), public final class
 * ProcStarter ({@code @since} 1.311), cmds(List&lt;String&gt;), masks({@code @CheckForNull} boolean...),
 * stdout/stderr({@code @CheckForNull} OutputStream), quiet(boolean) (1.576), Proc start() throws IOException ok;
 * isUnix() not re-read.
 * Compile-only; never packaged.
 */
public abstract class Launcher {

    @NonNull
    public final ProcStarter launch() {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isUnix() {
        throw new UnsupportedOperationException("stand-in");
    }

    @CheckForNull
    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Builder of one process launch; mirrors the nested {@code Launcher.ProcStarter}. */
    public final class ProcStarter {
        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException("stand-in");
        }

        public ProcStarter masks(@CheckForNull boolean... masks) {
            throw new UnsupportedOperationException("stand-in");
        }

        public ProcStarter pwd(@CheckForNull FilePath workDir) {
            throw new UnsupportedOperationException("stand-in");
        }

        public ProcStarter envs(@NonNull Map<String, String> overrides) {
            throw new UnsupportedOperationException("stand-in");
        }

        public ProcStarter stdout(@CheckForNull OutputStream out) {
            throw new UnsupportedOperationException("stand-in");
        }

        public ProcStarter stderr(@CheckForNull OutputStream err) {
            throw new UnsupportedOperationException("stand-in");
        }

        public ProcStarter quiet(boolean quiet) {
            throw new UnsupportedOperationException("stand-in");
        }

        public Proc start() throws IOException {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
