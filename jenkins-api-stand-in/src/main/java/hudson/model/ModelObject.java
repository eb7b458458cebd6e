package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/ModelObject.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * The single member, getDisplayName.
 * Compile-only; never packaged.
 */
public interface ModelObject {
    String getDisplayName();
}
