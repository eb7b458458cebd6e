package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import java.util.Collection;
import java.util.List;

/**
 * One build the template layer planned (Packer's {@code CoreBuild}: a source in a build block, with its
 * provisioners and post-processors). The orchestrator runs it with its own {@link BuildContext}.
 */
public interface PlannedBuild {

    /** {@code [BUILD.]TYPE.NAME}, as printed and matched by {@code -only}/{@code -except}. */
    String name();

    /** The builder type, e.g. {@code file}, {@code qemu}. */
    String type();

    /**
     * Runs the build: the builder's steps, provisioners, post-processors. Returns every artifact to list
     * after the run (the builder's and the post-processors', as Packer lists them, possibly empty). Throws on
     * failure (a {@link BuildFailure} to attach diagnostics) and when cancelled
     * ({@code CancelledException}, or whatever the interrupted code threw).
     */
    List<Artifact> run(BuildContext ctx) throws Exception;

    /** Secrets of this build only (e.g. credentials of its source), masked in its output on top of the run's. */
    default Collection<String> secrets() {
        return List.of();
    }
}
