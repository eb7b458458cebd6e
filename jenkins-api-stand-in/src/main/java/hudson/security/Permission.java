package hudson.security;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/security/Permission.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Only the type is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins:
 * partly &mdash; public final class Permission: seen only in a stub copy (id 3279913621); no member is used
 * (permissions are read from constant fields).
 * Compile-only; never packaged.
 */
public final class Permission {
}
