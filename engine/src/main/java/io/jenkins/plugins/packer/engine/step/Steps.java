package io.jenkins.plugins.packer.engine.step;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a builder's recipe and applies the run-wide policies to it.
 *
 * <pre>{@code
 * List<Step> steps = Steps.recipe()
 *         .add(new StepPrepareOutputDir(cfg.outputDir(), ctx.force()))
 *         .addIf(cfg.ssh(), new StepSshKeyGen(cfg.comm()))
 *         .add(new StepProvision())
 *         .build();
 * new StepRunner(Steps.withPolicies(steps, onError, debug)).run(stepContext).rethrow();
 * }</pre>
 */
public final class Steps {

    private final List<Step> steps = new ArrayList<>();

    private Steps() {
    }

    public static Steps recipe() {
        return new Steps();
    }

    public Steps add(Step step) {
        steps.add(step);
        return this;
    }

    /** Adds {@code step} only when {@code condition} holds (Packer's {@code multistep.If}). */
    public Steps addIf(boolean condition, Step step) {
        return condition ? add(step) : this;
    }

    public List<Step> build() {
        return List.copyOf(steps);
    }

    /**
     * The steps wrapped for {@code -on-error} and {@code -debug} as Packer's {@code commonsteps.NewRunner}
     * does: each step decorated for the policy (one shared abort state per call, so call it once per run),
     * then with {@code debug} a pause after each.
     */
    public static List<Step> withPolicies(List<? extends Step> steps, OnError onError, boolean debug) {
        AbortLog abortLog = new AbortLog();
        List<Step> out = new ArrayList<>();
        for (Step step : steps) {
            Step wrapped = switch (onError) {
                case CLEANUP -> step;
                case ABORT -> new AbortStep(step, false, abortLog);
                case RUN_CLEANUP_PROVISIONER -> new AbortStep(step, true, abortLog);
                case ASK -> new AskStep(step, abortLog);
            };
            out.add(wrapped);
            if (debug) {
                out.add(new DebugPauseStep(step.name()));
            }
        }
        return List.copyOf(out);
    }
}
