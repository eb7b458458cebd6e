package io.jenkins.plugins.packer.engine.step;

/** Told about every step run and cleanup as it ends; a build collects them for its report. */
@FunctionalInterface
public interface StepListener {

    /** Ignores everything. */
    StepListener NONE = timing -> { };

    void stepEnded(StepTiming timing);
}
