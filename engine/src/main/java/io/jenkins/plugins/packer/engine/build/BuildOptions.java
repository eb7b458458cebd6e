package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.step.OnError;

/**
 * The run-wide flags of {@code packer build}.
 *
 * @param parallelBuilds {@code -parallel-builds}: how many builds at once; 0 (or less) means no limit
 * @param debug {@code -debug}: one build at a time, pauses between steps
 * @param force {@code -force}: components replace existing output
 * @param onError {@code -on-error}
 * @param color {@code -color}: colors per build (the caller turns it off for machine-readable output,
 *     {@code PACKER_NO_COLOR} or when standard output is not a terminal)
 * @param timestampUi {@code -timestamp-ui}
 */
public record BuildOptions(int parallelBuilds, boolean debug, boolean force, OnError onError, boolean color,
                           boolean timestampUi) {

    /** Packer's defaults, without colors. */
    public static BuildOptions defaults() {
        return new BuildOptions(0, false, false, OnError.CLEANUP, false, false);
    }

    public BuildOptions withParallelBuilds(int n) {
        return new BuildOptions(n, debug, force, onError, color, timestampUi);
    }

    public BuildOptions withDebug(boolean on) {
        return new BuildOptions(parallelBuilds, on, force, onError, color, timestampUi);
    }

    public BuildOptions withForce(boolean on) {
        return new BuildOptions(parallelBuilds, debug, on, onError, color, timestampUi);
    }

    public BuildOptions withOnError(OnError policy) {
        return new BuildOptions(parallelBuilds, debug, force, policy, color, timestampUi);
    }

    public BuildOptions withColor(boolean on) {
        return new BuildOptions(parallelBuilds, debug, force, onError, on, timestampUi);
    }

    public BuildOptions withTimestampUi(boolean on) {
        return new BuildOptions(parallelBuilds, debug, force, onError, color, on);
    }

    /** Builds at once: unlimited for 0, one in debug mode. */
    int effectiveParallelism() {
        return debug ? 1 : parallelBuilds < 1 ? Integer.MAX_VALUE : parallelBuilds;
    }
}
