package hudson.tasks;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/tasks/BuildStep.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line. Its members (prebuild, perform, getProjectAction(s), getRequiredMonitorService) are implemented
 * by BuildStepCompatibilityLayer/Builder upstream and not called by the plugin, so none is declared.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins:
 * not re-read &mdash; public interface BuildStep: only the type is used (through Builder and SimpleBuildStep).
 * Compile-only; never packaged.
 */
public interface BuildStep {
}
