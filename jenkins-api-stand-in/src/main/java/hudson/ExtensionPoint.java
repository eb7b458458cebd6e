package hudson;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/ExtensionPoint.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line. Marker interface of extension points; no members are used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins:
 * not re-read &mdash; public interface ExtensionPoint (marker; its nested annotation is not declared).
 * Compile-only; never packaged.
 */
public interface ExtensionPoint {
}
