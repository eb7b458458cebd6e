package hudson.model;

import hudson.security.AccessControlled;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Computer.java} of jenkinsci/jenkins, Jenkins
 * LTS 2.516.x line. Implements AccessControlled as upstream; IComputer, ExecutorListener, DescriptorByNameOwner,
 * StaplerProxy and HasWidgets are omitted. Only getNode.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 47597616943): FIXED &mdash; now implements AccessControlled (ExecutorListener,
 * DescriptorByNameOwner, StaplerProxy, HasWidgets omitted); getNode() exists, its {@code @CheckForNull} not found in
 * the searchable text (unverified).
 * Compile-only; never packaged.
 */
public abstract class Computer extends Actionable implements AccessControlled {
    @CheckForNull
    public Node getNode() {
        throw new UnsupportedOperationException("stand-in");
    }
}
