package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/tasks/Builder.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line. No member is used (getDescriptor comes from Describable).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, ids 987723950, 37696395550): matches.
 * Compile-only; never packaged.
 */
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {
}
