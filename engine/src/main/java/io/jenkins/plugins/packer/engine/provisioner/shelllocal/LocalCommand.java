package io.jenkins.plugins.packer.engine.provisioner.shelllocal;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.process.ProcessLauncher;
import io.jenkins.plugins.packer.engine.ui.LineOutputStream;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a local command as Packer's {@code RemoteCmd.RunWithUi} over the shell-local communicator: each line of
 * standard output becomes a UI message, each line of standard error a UI error (trailing whitespace trimmed, text
 * before a carriage return dropped). A cancellation kills the process tree and throws
 * {@link CancelledException}.
 */
public final class LocalCommand {

    private LocalCommand() {
    }

    /** Runs {@code argv} in {@code dir} and returns its exit status. */
    public static int run(List<String> argv, Path dir, Ui ui, CancelToken cancel)
            throws IOException, InterruptedException {
        return run(argv, java.util.Map.of(), dir, ui, cancel);
    }

    /** Runs {@code argv} in {@code dir} with {@code env} added to this process's environment. */
    public static int run(List<String> argv, java.util.Map<String, String> env, Path dir, Ui ui, CancelToken cancel)
            throws IOException, InterruptedException {
        cancel.throwIfCancelled();
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = ProcessLauncher.start(pb);
        Thread out = pump(p.getInputStream(), new LineOutputStream(line -> ui.message(clean(line))), "stdout");
        Thread err = pump(p.getErrorStream(), new LineOutputStream(line -> ui.error(clean(line))), "stderr");
        try (Registration r = cancel.destroyOnCancel(p)) {
            int status = p.waitFor();
            out.join();
            err.join();
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
            return status;
        } catch (InterruptedException e) {
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw e;
        }
    }

    private static Thread pump(InputStream in, OutputStream sink, String name) {
        Thread t = new Thread(() -> {
            try (in; sink) {
                in.transferTo(sink);
            } catch (IOException e) {
                // the process was killed or the stream closed: nothing more to read
            }
        }, "shell-local " + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Packer's {@code cleanOutputLine}. */
    public static String clean(String line) {
        String s = line.stripTrailing();
        int cr = s.lastIndexOf('\r');
        return cr >= 0 ? s.substring(cr + 1) : s;
    }
}
