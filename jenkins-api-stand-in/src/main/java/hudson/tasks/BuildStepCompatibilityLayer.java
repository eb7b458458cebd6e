package hudson.tasks;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Deprecated upstream; still Builder's superclass. Its perform overloads delegate to SimpleBuildStep.perform
 * upstream; none is called by the plugin.
 * Compile-only; never packaged.
 */
@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
}
