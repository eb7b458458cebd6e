package io.jenkins.plugins.packer.run;

import io.jenkins.plugins.packer.launch.EngineCommand;
import io.jenkins.plugins.packer.report.ArchivePlan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The machine a step run uses, as {@link PackerRun} sees it. The Jenkins implementation
 * ({@code io.jenkins.plugins.packer.JenkinsEngineAgent}) works through the workspace {@code FilePath}, the
 * agent's {@code Launcher} and controller-to-agent callables; tests use a local implementation. All paths are
 * absolute paths on that machine, except where a parameter says workspace-relative.
 */
public interface EngineAgent {

    /** Node name for the build record ({@code built-in} for the controller). */
    String name();

    /** Absolute workspace path. */
    String workspace();

    /** The agent's class path separator. */
    String pathSeparator();

    /** {@code path/name} with the agent's separator. */
    String child(String dir, String name);

    /** Fails when the workspace-relative {@code relative} leads outside the workspace through a link. */
    void checkInside(String relative, String what) throws IOException, InterruptedException;

    /** SHA-256 of the template set at the workspace-relative {@code template}. */
    String templateSha256(String template) throws IOException, InterruptedException;

    /** The agent JVM's own {@code java} executable. */
    String java() throws IOException, InterruptedException;

    /** Makes the engine's jars available on the agent (cached by checksum); returns them as agent paths. */
    List<String> engineClasspath() throws IOException, InterruptedException;

    /** Creates a private (0700) directory for this run inside the workspace's temporary directory. */
    String createTempDir() throws IOException, InterruptedException;

    /** Writes a private (0600) file into {@code dir}; returns its path. */
    String writePrivate(String dir, String prefix, String suffix, byte[] content)
            throws IOException, InterruptedException;

    /**
     * Runs the engine in the workspace, streaming its output to {@code out}, and returns its exit code. When the
     * calling thread is interrupted (build aborted) the engine is stopped (SIGTERM, bounded wait, kill) and
     * {@link InterruptedException} is thrown.
     */
    int launch(EngineCommand command, String runToken, OutputStream out) throws IOException, InterruptedException;

    /** The file's bytes, or {@code null} when it does not exist. */
    byte[] read(String path) throws IOException, InterruptedException;

    /** Archives per plan: {@code fromWorkspace} relative to the workspace, {@code fromTemp} relative to {@code tempDir}. */
    void archive(ArchivePlan plan, String tempDir) throws IOException, InterruptedException;

    /** Deletes {@code dir} and its content; must not throw (called in {@code finally}). */
    void deleteQuietly(String dir);
}
