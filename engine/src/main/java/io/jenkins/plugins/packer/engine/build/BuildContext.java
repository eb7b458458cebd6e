package io.jenkins.plugins.packer.engine.build;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.secret.SecretMasker;
import io.jenkins.plugins.packer.engine.step.StateBag;
import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import io.jenkins.plugins.packer.engine.step.StepListener;
import io.jenkins.plugins.packer.engine.step.StepRunResult;
import io.jenkins.plugins.packer.engine.step.StepRunner;
import io.jenkins.plugins.packer.engine.step.Steps;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.nio.file.Path;
import java.util.List;

/**
 * What one running build gets: its name, its UI (already prefixed {@code ==> NAME: }, colored, timestamped
 * and masked with the build's secrets), its cancellation token, its secret masker (to register secrets found
 * while running), the debug log, the run options, the listener that records step timings for the report, the
 * working directory relative artifact paths are resolved against, and the collector of files components wrote
 * for the report ({@link BuildOutputs}).
 */
public record BuildContext(String name, Ui ui, CancelToken cancel, SecretMasker masker, DebugLog log,
                           BuildOptions options, StepListener stepListener, Path workingDir, BuildOutputs outputs) {

    /** A context whose outputs are collected nowhere else (tests, components run on their own). */
    public BuildContext(String name, Ui ui, CancelToken cancel, SecretMasker masker, DebugLog log,
            BuildOptions options, StepListener stepListener, Path workingDir) {
        this(name, ui, cancel, masker, log, options, stepListener, workingDir, new BuildOutputs());
    }

    /** This context with another UI and cancellation token (same build, same outputs). */
    public BuildContext with(Ui otherUi, CancelToken otherCancel) {
        return new BuildContext(name, otherUi, otherCancel, masker, log, options, stepListener, workingDir, outputs);
    }

    /** A step context for one runner over this build's UI, token, log and timing listener. */
    public StepContext stepContext(StateBag state) {
        return new StepContext(ui, state, cancel, log, stepListener);
    }

    /**
     * Runs a builder's recipe with this run's {@code -on-error} and {@code -debug} policies applied and returns
     * the result (call {@link StepRunResult#rethrow()} to turn failure into an exception).
     */
    public StepRunResult runSteps(List<? extends Step> steps, StateBag state) {
        return new StepRunner(Steps.withPolicies(steps, options.onError(), options.debug())).run(stepContext(state));
    }
}
