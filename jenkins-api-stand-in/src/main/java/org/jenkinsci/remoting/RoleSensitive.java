package org.jenkinsci.remoting;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/remoting/RoleSensitive.java} of
 * jenkinsci/remoting (the version Jenkins 2.516.x bundles). The single member, checkRoles.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/remoting@3e3d2d0ab24c: matches.
 * Compile-only; never packaged.
 */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
