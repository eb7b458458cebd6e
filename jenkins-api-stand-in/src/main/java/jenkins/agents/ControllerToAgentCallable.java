package jenkins.agents;

import hudson.remoting.Callable;
import org.jenkinsci.remoting.RoleChecker;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/jenkins/agents/ControllerToAgentCallable.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Interface added in 2.485 with a default checkRoles restricting the
 * callable to run on agents.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 567565842): matches.
 * Compile-only; never packaged.
 */
public interface ControllerToAgentCallable<V, T extends Throwable> extends Callable<V, T> {
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("stand-in");
    }
}
