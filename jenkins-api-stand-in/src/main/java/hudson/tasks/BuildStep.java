package hudson.tasks;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/tasks/BuildStep.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Its members (prebuild, perform, getProjectAction(s), getRequiredMonitorService) are implemented by
 * BuildStepCompatibilityLayer/Builder upstream and not called by the plugin, so none is declared.
 * Compile-only; never packaged.
 */
public interface BuildStep {
}
