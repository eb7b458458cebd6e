package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/jenkins/model/ArtifactManager.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Only archive: the map goes from archive path to workspace-relative path.
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 263584816): matches.
 * Compile-only; never packaged.
 */
public abstract class ArtifactManager {
    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;
}
