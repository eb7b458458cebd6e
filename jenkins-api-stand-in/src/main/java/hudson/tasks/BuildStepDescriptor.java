package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/tasks/BuildStepDescriptor.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Only the no-argument constructor and isApplicable.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 1151302112): matches.
 * Compile-only; never packaged.
 */
public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {
    protected BuildStepDescriptor() {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}
