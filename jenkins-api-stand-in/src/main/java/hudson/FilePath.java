package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Computer;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/FilePath.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Upstream it also implements SerializableOnlyOverRemoting (omitted: the plugin does not rely on it). Only the
 * constructor and members the plugin uses, and the nested FileCallable interface.
 * Compile-only; never packaged.
 */
public final class FilePath implements Serializable {

    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("stand-in");
    }

    @NonNull
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
