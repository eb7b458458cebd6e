package io.jenkins.plugins.packer;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.packer.launch.EngineOptions;
import io.jenkins.plugins.packer.launch.TemplateOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Template inputs shared by {@code packerBuild} and {@code packerValidate}: {@code template}, {@code vars},
 * {@code varFiles}, {@code only}, {@code except}, {@code credentials}, {@code engineOptions}. Stored as the user
 * typed them (no secrets: credentials are ids); validated when the step runs.
 */
public abstract class PackerStepBase extends Step {

    private final String template;
    private Map<String, Object> vars = Collections.emptyMap();
    private String varFiles;
    private String only;
    private String except;
    private List<PackerCredentialBinding> credentials = Collections.emptyList();
    private PackerEngineOptions engineOptions;

    protected PackerStepBase(String template) {
        this.template = template;
    }

    /** The context every Packer step needs: it runs on a node, in a workspace. */
    static final Set<Class<?>> CONTEXT = Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class,
            EnvVars.class);

    public String getTemplate() {
        return template;
    }

    /** Template variables (Pipeline map; values may be strings, numbers, booleans, lists, maps). Never secrets. */
    public Map<String, Object> getVars() {
        return vars;
    }

    @DataBoundSetter
    public void setVars(Map<String, Object> vars) {
        this.vars = vars == null ? Collections.emptyMap() : new LinkedHashMap<>(vars);
    }

    /** Workspace-relative var files, separated by commas or new lines, applied in order. */
    public String getVarFiles() {
        return varFiles;
    }

    @DataBoundSetter
    public void setVarFiles(String varFiles) {
        this.varFiles = blankToNull(varFiles);
    }

    /** Comma-separated build name globs, as Packer's {@code -only}. */
    public String getOnly() {
        return only;
    }

    @DataBoundSetter
    public void setOnly(String only) {
        this.only = blankToNull(only);
    }

    /** Comma-separated build name globs, as Packer's {@code -except}. */
    public String getExcept() {
        return except;
    }

    @DataBoundSetter
    public void setExcept(String except) {
        this.except = blankToNull(except);
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

    TemplateOptions templateOptions() {
        return new TemplateOptions(template, split(varFiles, "[,\\n]"), split(only, ","), split(except, ","));
    }

    EngineOptions engineOptionsOrDefault() {
        return engineOptions == null ? EngineOptions.defaults() : engineOptions.toOptions();
    }

    static List<String> split(String text, String separators) {
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : Arrays.asList(text.split(separators))) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
