package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import java.io.IOException;
import jenkins.model.ArtifactManager;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/hudson/model/Run.java} of jenkinsci/jenkins, Jenkins LTS
 * 2.516.x line. Type parameters as upstream. Implements AccessControlled as upstream; PersistenceRoot,
 * DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild and WithConsoleUrl are omitted (not used). Only
 * pickArtifactManager, the call to use when adding artifacts.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, ids 17070336, 15162008): FIXED &mdash; now also implements AccessControlled (upstream: Actionable
 * implements ExtensionPoint, Comparable&lt;RunT&gt;, AccessControlled, PersistenceRoot, DescriptorByNameOwner,
 * OnMaster, StaplerProxy, ...); public final synchronized {@code @NonNull} ArtifactManager pickArtifactManager()
 * throws IOException ({@code @since} 1.532) ok.
 * Compile-only; never packaged.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends Actionable implements ExtensionPoint, Comparable<RunT>, AccessControlled {

    public final synchronized @NonNull ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("stand-in");
    }
}
