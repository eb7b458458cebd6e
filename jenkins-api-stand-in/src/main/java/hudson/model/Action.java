package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Action.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line. The three members of the interface (getDisplayName redeclared from ModelObject).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, ids 3223301794, 47543714471): matches.
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
