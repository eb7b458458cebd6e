package hudson;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/ExtensionPoint.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Marker interface of extension points; no members are used.
 * Compile-only; never packaged.
 */
public interface ExtensionPoint {
}
