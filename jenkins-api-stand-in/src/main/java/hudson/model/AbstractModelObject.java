package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractModelObject.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Upstream it implements SearchableModelObject (omitted: not used). No member is used.
 * Compile-only; never packaged.
 */
public abstract class AbstractModelObject {
}
