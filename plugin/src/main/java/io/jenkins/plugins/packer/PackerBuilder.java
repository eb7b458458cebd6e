package io.jenkins.plugins.packer;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle build step "Build images with Packer": the options of {@code packerBuild}, with {@code vars} as
 * {@code name=value} lines. Its symbol ({@code packerImages}) differs from the Pipeline step names on purpose, so
 * the Pipeline DSL never has two meanings for one name.
 */
public final class PackerBuilder extends Builder implements SimpleBuildStep {

    private final String template;
    private String vars;
    private String varFiles;
    private String only;
    private String except;
    private List<PackerCredentialBinding> credentials = Collections.emptyList();
    private PackerEngineOptions engineOptions;
    private String onError;
    private int parallelBuilds;
    private boolean force;
    private boolean timestamps;
    private PackerArchive archive;

    @DataBoundConstructor
    public PackerBuilder(String template) {
        this.template = template;
    }

    public String getTemplate() {
        return template;
    }

    /** {@code name=value} lines (values are strings); never secrets, use credentials for those. */
    public String getVars() {
        return vars;
    }

    @DataBoundSetter
    public void setVars(String vars) {
        this.vars = PackerStepBase.blankToNull(vars);
    }

    public String getVarFiles() {
        return varFiles;
    }

    @DataBoundSetter
    public void setVarFiles(String varFiles) {
        this.varFiles = PackerStepBase.blankToNull(varFiles);
    }

    public String getOnly() {
        return only;
    }

    @DataBoundSetter
    public void setOnly(String only) {
        this.only = PackerStepBase.blankToNull(only);
    }

    public String getExcept() {
        return except;
    }

    @DataBoundSetter
    public void setExcept(String except) {
        this.except = PackerStepBase.blankToNull(except);
    }

    public List<PackerCredentialBinding> getCredentials() {
        return credentials;
    }

    @DataBoundSetter
    public void setCredentials(List<PackerCredentialBinding> credentials) {
        this.credentials = credentials == null ? Collections.emptyList() : new ArrayList<>(credentials);
    }

    public PackerEngineOptions getEngineOptions() {
        return engineOptions;
    }

    @DataBoundSetter
    public void setEngineOptions(PackerEngineOptions engineOptions) {
        this.engineOptions = engineOptions;
    }

    public String getOnError() {
        return onError;
    }

    @DataBoundSetter
    public void setOnError(String onError) {
        this.onError = PackerStepBase.blankToNull(onError);
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

    /** The same build as {@code packerBuild} with these options. */
    PackerBuildStep asStep() throws AbortException {
        PackerBuildStep s = new PackerBuildStep(template);
        s.setVars(parseVars(vars));
        s.setVarFiles(varFiles);
        s.setOnly(only);
        s.setExcept(except);
        s.setCredentials(credentials);
        s.setEngineOptions(engineOptions);
        s.setOnError(onError);
        s.setParallelBuilds(parallelBuilds);
        s.setForce(force);
        s.setTimestamps(timestamps);
        s.setArchive(archive);
        return s;
    }

    static Map<String, Object> parseVars(String text) throws AbortException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String line : PackerStepBase.split(text, "\\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new AbortException(PluginMessages.get("PackerBuilder.badVar", line.length() > 40
                        ? line.substring(0, 40) + "..." : line));
            }
            m.put(line.substring(0, eq).trim(), line.substring(eq + 1));
        }
        return m;
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        PackerBuildStep step = asStep();
        PackerInvocation.run(credentials, key -> step.request(env, key), run, workspace, env, launcher, listener);
    }

    @Symbol("packerImages")
    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("PackerBuilder.displayName");
        }
    }
}
