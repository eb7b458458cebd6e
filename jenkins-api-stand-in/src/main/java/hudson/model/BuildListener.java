package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/BuildListener.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * No member of its own is used.
 * Compile-only; never packaged.
 */
public interface BuildListener extends TaskListener {
}
