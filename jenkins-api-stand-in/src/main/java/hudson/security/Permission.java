package hudson.security;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/security/Permission.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Only the type is used.
 * Compile-only; never packaged.
 */
public final class Permission {
}
