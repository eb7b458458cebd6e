package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Computer.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Upstream it also implements AccessControlled, IComputer, ExecutorListener, DescriptorByNameOwner, StaplerProxy
 * and HasWidgets (omitted). Only getNode.
 * Compile-only; never packaged.
 */
public abstract class Computer extends Actionable {
    @CheckForNull
    public Node getNode() {
        throw new UnsupportedOperationException("stand-in");
    }
}
