package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Action.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * The three members of the interface (getDisplayName redeclared from ModelObject).
 * Compile-only; never packaged.
 */
public interface Action extends ModelObject {
    @CheckForNull
    String getIconFileName();

    @Override
    @CheckForNull
    String getDisplayName();

    @CheckForNull
    String getUrlName();
}
