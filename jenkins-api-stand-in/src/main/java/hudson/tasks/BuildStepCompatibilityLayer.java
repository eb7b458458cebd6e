package hudson.tasks;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Deprecated upstream; still Builder's superclass. Its perform
 * overloads delegate to SimpleBuildStep.perform upstream; none is called by the plugin.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 646743623): matches.
 * Compile-only; never packaged.
 */
@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
}
