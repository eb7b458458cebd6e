package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import java.io.IOException;
import jenkins.model.ArtifactManager;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Run.java} of jenkinsci/jenkins, Jenkins LTS 2.516.x line.
 * Type parameters as upstream. Upstream it also implements AccessControlled, PersistenceRoot,
 * DescriptorByNameOwner, OnMaster and StaplerProxy (omitted: not used). Only pickArtifactManager, the call to
 * use when adding artifacts.
 * Compile-only; never packaged.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends Actionable implements ExtensionPoint, Comparable<RunT> {

    public final synchronized @NonNull ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("stand-in");
    }
}
