package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractModelObject.java} of
 * jenkinsci/jenkins, Jenkins LTS 2.516.x line. Upstream it implements SearchableModelObject (omitted: not used). No
 * member is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 43902044663): matches (supertype omitted).
 * Compile-only; never packaged.
 */
public abstract class AbstractModelObject {
}
