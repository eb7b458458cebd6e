package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Computer;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/FilePath.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Implements SerializableOnlyOverRemoting as upstream. Only the constructor and members the plugin
 * uses, and the nested FileCallable interface.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@b36a4bff7cb5 (index id 4702666, 153,976 chars; find_string + read_file): FIXED &mdash; now
 * implements SerializableOnlyOverRemoting (was Serializable); getRemote() has no {@code @NonNull} upstream
 * (removed); FilePath({@code @NonNull} File), exists(), mkdirs(), deleteRecursive(), touch(final long) (1.299),
 * renameTo(final FilePath), copyTo(FilePath), &lt;T&gt; T act(final FileCallable&lt;T&gt;) (all throws IOException,
 * InterruptedException), public {@code @CheckForNull} Computer toComputer() (1.571), FileCallable&lt;T&gt; extends
 * Serializable, RoleSensitive ok; child(String) checked only in a decompiled copy (id 47408053324: {@code @NonNull},
 * lies past the searchable 100,000 characters of the current file).
 * Compile-only; never packaged.
 */
public final class FilePath implements SerializableOnlyOverRemoting {

    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("stand-in");
    }

    @NonNull
    public FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }

    public void touch(final long timestamp) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }

    public void renameTo(final FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }

    public void copyTo(FilePath target) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stand-in");
    }

    @CheckForNull
    public Computer toComputer() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Code run where the file lives; mirrors the nested {@code FilePath.FileCallable}. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
