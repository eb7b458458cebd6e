package io.jenkins.plugins.packer;

import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.packer.agent.AgentJava;
import io.jenkins.plugins.packer.agent.CheckInside;
import io.jenkins.plugins.packer.agent.DigestTemplate;
import io.jenkins.plugins.packer.agent.MakePrivateDir;
import io.jenkins.plugins.packer.agent.ReadFile;
import io.jenkins.plugins.packer.agent.StopEngine;
import io.jenkins.plugins.packer.agent.WritePrivateFile;
import io.jenkins.plugins.packer.engine.api.EngineVersion;
import io.jenkins.plugins.packer.launch.EngineClasspath;
import io.jenkins.plugins.packer.launch.EngineCommand;
import io.jenkins.plugins.packer.launch.EngineStopper;
import io.jenkins.plugins.packer.report.ArchivePlan;
import io.jenkins.plugins.packer.run.EngineAgent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jenkins.util.BuildListenerAdapter;

/**
 * {@link EngineAgent} on a real Jenkins node: everything goes through the workspace {@link FilePath} (callables
 * run where the workspace is), the node's {@link Launcher} (so launcher decorators such as containers apply) and
 * the run's artifact manager. Thin: the logic is in the callables' plain classes and in {@code PackerRun}.
 */
final class JenkinsEngineAgent implements EngineAgent {

    private final Run<?, ?> run;
    private final FilePath workspace;
    private final Launcher launcher;
    private final TaskListener listener;
    private final String nodeName;
    private FilePath tempDir;

    JenkinsEngineAgent(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
            Map<String, String> env) {
        this.run = run;
        this.workspace = workspace;
        this.launcher = launcher;
        this.listener = listener;
        String n = env.get("NODE_NAME");
        this.nodeName = n == null || n.isEmpty() ? "built-in" : n;
    }

    @Override
    public String name() {
        return nodeName;
    }

    @Override
    public String workspace() {
        return workspace.getRemote();
    }

    @Override
    public String pathSeparator() {
        return launcher.isUnix() ? ":" : ";";
    }

    @Override
    public String child(String dir, String name) {
        return dir + (launcher.isUnix() ? "/" : "\\") + name;
    }

    @Override
    public void checkInside(String relative, String what) throws IOException, InterruptedException {
        workspace.act(new CheckInside(relative, what));
    }

    @Override
    public String templateSha256(String template) throws IOException, InterruptedException {
        return workspace.act(new DigestTemplate(template));
    }

    @Override
    public String java() throws IOException, InterruptedException {
        VirtualChannel channel = launcher.getChannel();
        if (channel == null) {
            throw new IOException("the agent " + nodeName + " is offline");
        }
        return channel.call(new AgentJava());
    }

    /** Copies the engine's jars once per checksum into {@code <agent root>/caches/packer-steps/engine-<sha>/}. */
    @Override
    public List<String> engineClasspath() throws IOException, InterruptedException {
        Path engineJar = EngineClasspath.locate(List.of(EngineVersion.class)).get(0);
        List<Path> jars = EngineClasspath.fromManifest(engineJar,
                EngineClasspath.locate(List.of(ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
                        com.fasterxml.jackson.annotation.JsonProperty.class)));
        String sha = EngineClasspath.sha256(jars);
        FilePath caches = cacheRoot().child("caches").child("packer-steps");
        FilePath target = caches.child(EngineClasspath.cacheDirName(sha));
        if (!target.child(".complete").exists()) {
            FilePath partial = caches.child(EngineClasspath.cacheDirName(sha) + ".partial-" + UUID.randomUUID());
            partial.mkdirs();
            for (Path jar : jars) {
                new FilePath(jar.toFile()).copyTo(partial.child(jar.getFileName().toString()));
            }
            partial.child(".complete").touch(System.currentTimeMillis());
            try {
                partial.renameTo(target);
            } catch (IOException raced) {
                partial.deleteRecursive();
                if (!target.child(".complete").exists()) {
                    throw raced;
                }
            }
        }
        List<String> classpath = new ArrayList<>();
        for (Path jar : jars) {
            classpath.add(target.child(jar.getFileName().toString()).getRemote());
        }
        return classpath;
    }

    private FilePath cacheRoot() {
        Computer computer = workspace.toComputer();
        Node node = computer == null ? null : computer.getNode();
        FilePath root = node == null ? null : node.getRootPath();
        if (root != null) {
            return root;
        }
        FilePath tmp = WorkspaceList.tempDir(workspace);
        return tmp != null ? tmp : workspace;
    }

    @Override
    public String createTempDir() throws IOException, InterruptedException {
        FilePath tmp = WorkspaceList.tempDir(workspace);
        if (tmp == null) {
            throw new IOException("no temporary directory for workspace " + workspace.getRemote());
        }
        tempDir = tmp.child("packer-" + UUID.randomUUID());
        return tempDir.act(new MakePrivateDir());
    }

    @Override
    public String writePrivate(String dir, String prefix, String suffix, byte[] content)
            throws IOException, InterruptedException {
        return tempDir.act(new WritePrivateFile(prefix, suffix, content));
    }

    @Override
    public int launch(EngineCommand command, String runToken, OutputStream out)
            throws IOException, InterruptedException {
        Proc proc = launcher.launch().cmds(command.command()).envs(command.environment()).pwd(workspace)
                .stdout(out).stderr(out).quiet(true).start();
        try {
            return proc.join();
        } catch (InterruptedException aborted) {
            VirtualChannel channel = launcher.getChannel();
            try {
                if (channel != null) {
                    listener.getLogger().println("[packer] build aborted: "
                            + channel.call(new StopEngine(runToken, EngineStopper.DEFAULT_GRACE)));
                }
            } finally {
                proc.kill();
            }
            throw aborted;
        }
    }

    @Override
    public byte[] read(String path) throws IOException, InterruptedException {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return tempDir.child(name).act(new ReadFile());
    }

    @Override
    public void archive(ArchivePlan plan, String dir) throws IOException, InterruptedException {
        if (!plan.fromWorkspace().isEmpty()) {
            run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener),
                    plan.fromWorkspace());
        }
        if (!plan.fromTemp().isEmpty()) {
            run.pickArtifactManager().archive(tempDir, launcher, BuildListenerAdapter.wrap(listener), plan.fromTemp());
        }
    }

    @Override
    public void deleteQuietly(String dir) {
        if (tempDir == null) {
            return;
        }
        try {
            tempDir.deleteRecursive();
        } catch (IOException | InterruptedException | RuntimeException e) {
            listener.getLogger().println("[packer] could not delete the temporary directory " + tempDir.getRemote()
                    + ": " + e.getClass().getSimpleName());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
