package hudson.model;

import hudson.ExtensionPoint;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Job.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Type parameters as upstream, needed by Run. Upstream it also implements StaplerOverridable,
 * ModelObjectWithChildren and HasWidgets (omitted). No member is used.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 1606003): matches (supertypes omitted).
 * Compile-only; never packaged.
 */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends AbstractItem implements ExtensionPoint {
}
