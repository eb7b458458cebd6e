package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/jenkins/MasterToSlaveFileCallable.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Since 2.485 it implements ControllerToAgentFileCallable and has no
 * members of its own.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 103083957): matches.
 * Compile-only; never packaged.
 */
public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {

    private static final long serialVersionUID = 1L;
}
