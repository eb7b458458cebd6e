package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Node.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Implements ExtensionPoint and AccessControlled as upstream; ReconfigurableDescribable, OnMaster and
 * PersistenceRoot are omitted. Only getRootPath, the agent's root directory.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 46457949): FIXED &mdash; now implements ExtensionPoint, AccessControlled as upstream
 * (ReconfigurableDescribable&lt;Node&gt;, OnMaster, PersistenceRoot omitted); public abstract {@code @CheckForNull}
 * FilePath getRootPath() ok.
 * Compile-only; never packaged.
 */
public abstract class Node extends AbstractModelObject implements ExtensionPoint, AccessControlled {
    @CheckForNull
    public abstract FilePath getRootPath();
}
