package org.jenkinsci.remoting;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/remoting/RoleChecker.java} of jenkinsci/remoting (the version Jenkins 2.516.x bundles).
 * No member is used by the plugin (it only appears in RoleSensitive.checkRoles).
 * Compile-only; never packaged.
 */
public abstract class RoleChecker {
}
