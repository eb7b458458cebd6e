package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Node.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Upstream it also implements ReconfigurableDescribable, ExtensionPoint, AccessControlled, OnMaster and
 * PersistenceRoot (omitted). Only getRootPath, the agent's root directory.
 * Compile-only; never packaged.
 */
public abstract class Node extends AbstractModelObject {
    @CheckForNull
    public abstract FilePath getRootPath();
}
