package io.jenkins.plugins.packer;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.packer.launch.BuildFlags;
import io.jenkins.plugins.packer.run.PackerRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code packerBuild}: builds the images of a template on the current node and returns one map per build
 * ({@code name}, {@code type}, {@code artifactId}, {@code files}, {@code durationMillis}, {@code succeeded},
 * {@code error}).
 */
public final class PackerBuildStep extends PackerStepBase {

    private String onError;
    private int parallelBuilds;
    private boolean force;
    private boolean timestamps;
    private PackerArchive archive;

    @DataBoundConstructor
    public PackerBuildStep(String template) {
        super(template);
    }

    /** {@code cleanup} (default), {@code abort} or {@code run-cleanup-provisioner}. */
    public String getOnError() {
        return onError;
    }

    @DataBoundSetter
    public void setOnError(String onError) {
        this.onError = blankToNull(onError);
    }

    public int getParallelBuilds() {
        return parallelBuilds;
    }

    @DataBoundSetter
    public void setParallelBuilds(int parallelBuilds) {
        this.parallelBuilds = parallelBuilds;
    }

    public boolean isForce() {
        return force;
    }

    @DataBoundSetter
    public void setForce(boolean force) {
        this.force = force;
    }

    public boolean isTimestamps() {
        return timestamps;
    }

    @DataBoundSetter
    public void setTimestamps(boolean timestamps) {
        this.timestamps = timestamps;
    }

    public PackerArchive getArchive() {
        return archive;
    }

    @DataBoundSetter
    public void setArchive(PackerArchive archive) {
        this.archive = archive;
    }

    PackerRequest request(Map<String, String> env, String archiveKey) {
        return new PackerRequest(false, templateOptions(), new BuildFlags(onError, parallelBuilds, force, timestamps),
                null, getVars(), engineOptionsOrDefault(), archive == null ? null : archive.toOptions(), env,
                archiveKey);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    /** Runs the build on a background thread (the step can take hours); aborting interrupts it. */
    static final class Execution extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {

        private static final long serialVersionUID = 1L;
        private final transient PackerBuildStep step;

        Execution(StepContext context, PackerBuildStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected List<Map<String, Object>> run() throws Exception {
            StepContext c = getContext();
            EnvVars env = c.get(EnvVars.class);
            return PackerInvocation.run(step.getCredentials(), key -> step.request(env, key), c.get(Run.class),
                    c.get(FilePath.class), env, c.get(Launcher.class), c.get(TaskListener.class)).returnValue();
        }
    }

    @Symbol("packerBuild")
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return CONTEXT;
        }

        @Override
        public String getFunctionName() {
            return "packerBuild";
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("PackerBuildStep.displayName");
        }
    }
}
