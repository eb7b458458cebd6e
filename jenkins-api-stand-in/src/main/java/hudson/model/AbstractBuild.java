package hudson.model;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/AbstractBuild.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Type parameters as upstream, needed by AbstractProject. Upstream it also implements
 * Queue.Executable, LazyBuildMixIn.LazyLoadingRun and RunWithSCM (omitted). No member is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 65809499): matches (supertypes omitted).
 * Compile-only; never packaged.
 */
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Run<P, R> {
}
