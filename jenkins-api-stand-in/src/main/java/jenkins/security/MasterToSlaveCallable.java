package jenkins.security;

import jenkins.agents.ControllerToAgentCallable;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/jenkins/security/MasterToSlaveCallable.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Since 2.485 it implements ControllerToAgentCallable and has no
 * members of its own.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 213741603): matches.
 * Compile-only; never packaged.
 */
public abstract class MasterToSlaveCallable<V, T extends Throwable> implements ControllerToAgentCallable<V, T> {

    private static final long serialVersionUID = 1L;
}
