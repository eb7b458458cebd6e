package org.jenkinsci.remoting;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/remoting/RoleSensitive.java} of jenkinsci/remoting (the version Jenkins 2.516.x bundles).
 * The single member, checkRoles.
 * Compile-only; never packaged.
 */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
