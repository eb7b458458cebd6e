package io.jenkins.plugins.packer;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.packer.launch.ValidateFlags;
import io.jenkins.plugins.packer.run.PackerRequest;
import java.util.ArrayList;
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
 * {@code packerValidate}: checks a template; fails with its error diagnostics ({@code file:line:col: summary}) and
 * returns the warnings as a list of strings.
 */
public final class PackerValidateStep extends PackerStepBase {

    private boolean syntaxOnly;
    private boolean evaluateDatasources;

    @DataBoundConstructor
    public PackerValidateStep(String template) {
        super(template);
    }

    public boolean isSyntaxOnly() {
        return syntaxOnly;
    }

    @DataBoundSetter
    public void setSyntaxOnly(boolean syntaxOnly) {
        this.syntaxOnly = syntaxOnly;
    }

    public boolean isEvaluateDatasources() {
        return evaluateDatasources;
    }

    @DataBoundSetter
    public void setEvaluateDatasources(boolean evaluateDatasources) {
        this.evaluateDatasources = evaluateDatasources;
    }

    PackerRequest request(Map<String, String> env, String archiveKey) {
        return new PackerRequest(true, templateOptions(), null, new ValidateFlags(syntaxOnly, evaluateDatasources),
                getVars(), engineOptionsOrDefault(), null, env, archiveKey);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    /** Runs validation on a background thread. */
    static final class Execution extends SynchronousNonBlockingStepExecution<List<String>> {

        private static final long serialVersionUID = 1L;
        private final transient PackerValidateStep step;

        Execution(StepContext context, PackerValidateStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected List<String> run() throws Exception {
            StepContext c = getContext();
            EnvVars env = c.get(EnvVars.class);
            return new ArrayList<>(PackerInvocation.run(step.getCredentials(), key -> step.request(env, key),
                    c.get(Run.class), c.get(FilePath.class), env, c.get(Launcher.class), c.get(TaskListener.class))
                    .warnings());
        }
    }

    @Symbol("packerValidate")
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return CONTEXT;
        }

        @Override
        public String getFunctionName() {
            return "packerValidate";
        }

        @Override
        public String getDisplayName() {
            return PluginMessages.get("PackerValidateStep.displayName");
        }
    }
}
