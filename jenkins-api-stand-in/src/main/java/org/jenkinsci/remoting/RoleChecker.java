package org.jenkinsci.remoting;

/**
 * Stand-in declaration. Mirrors {@code src/main/java/org/jenkinsci/remoting/RoleChecker.java} of jenkinsci/remoting
 * (the version Jenkins 2.516.x bundles). No member is used by the plugin (it only appears in
 * RoleSensitive.checkRoles).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/remoting@14ad62c1195a: matches.
 * Compile-only; never packaged.
 */
public abstract class RoleChecker {
}
