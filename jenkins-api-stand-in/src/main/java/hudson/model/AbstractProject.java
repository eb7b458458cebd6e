package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractProject.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Type parameters as upstream, needed by BuildStepDescriptor.isApplicable. Upstream it
 * also implements BuildableItem, LazyBuildMixIn.LazyLoadingJob and ModelObjectWithChildren (omitted). No member is
 * used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 2109213453): matches (supertypes omitted).
 * Compile-only; never packaged.
 */
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Job<P, R> {
}
