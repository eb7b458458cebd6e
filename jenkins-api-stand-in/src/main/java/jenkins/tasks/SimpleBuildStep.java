package jenkins.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

/**
 * Stand-in declaration. Mirrors {@code core/src/main/java/jenkins/tasks/SimpleBuildStep.java} of jenkinsci/jenkins,
 * Jenkins LTS 2.516.x line. Only the five-argument perform (a default method since 2.241, receiving the build's
 * environment).
 * Audit (2026-11-23, docs/jenkins-build.md "Stand-in audit"): checked member by member against jenkinsci/jenkins
 * (find_string, id 47852241528 + overriding implementations): matches.
 * Compile-only; never packaged.
 */
public interface SimpleBuildStep extends BuildStep {
    default void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
            @NonNull Launcher launcher, @NonNull TaskListener listener) throws InterruptedException, IOException {
        throw new UnsupportedOperationException("stand-in");
    }
}
