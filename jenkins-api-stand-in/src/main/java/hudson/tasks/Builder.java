package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/tasks/Builder.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * No member is used (getDescriptor comes from Describable).
 * Compile-only; never packaged.
 */
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {
}
