package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/security/AccessControlled.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Only hasPermission (a default method delegating to the ACL upstream).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against
 * jenkinsci/jenkins@07412a9a15dc: matches.
 * Compile-only; never packaged.
 */
public interface AccessControlled {
    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("stand-in");
    }
}
