package io.jenkins.plugins.packer.engine.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.testing.RecordingUi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepPoliciesTest {

    private final List<String> events = new ArrayList<>();

    private class Recorded implements Step {
        final String name;
        int failuresLeft;

        Recorded(String name, int failures) {
            this.name = name;
            this.failuresLeft = failures;
        }

        @Override
        public void run(StepContext ctx) {
            events.add("run " + name);
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException(name + " broke");
            }
        }

        @Override
        public void cleanup(StepContext ctx) {
            events.add("cleanup " + name);
        }

        @Override
        public String name() {
            return name;
        }
    }

    private class Provision extends Recorded implements ErrorCleanupStep {
        Provision() {
            super("StepProvision", 0);
        }
    }

    private StepRunResult run(RecordingUi ui, OnError onError, boolean debug, Step... steps) {
        StepContext ctx = new StepContext(ui, new StateBag(), CancelToken.create(), DebugLog.disabled(),
                StepListener.NONE);
        return new StepRunner(Steps.withPolicies(List.of(steps), onError, debug)).run(ctx);
    }

    @Test
    void abortSkipsCleanupsAfterAFailureWithPackersMessages() {
        RecordingUi ui = new RecordingUi();
        StepRunResult result = run(ui, OnError.ABORT, false,
                new Recorded("StepA", 0), new Recorded("StepB", 0), new Recorded("StepC", 1));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(events).containsExactly("run StepA", "run StepB", "run StepC");
        assertThat(ui.lines()).containsExactly(
                "error: StepC broke",
                "error: Step \"StepC\" failed, aborting...",
                "error: aborted: skipping cleanup of step \"StepB\"",
                "error: aborted: skipping cleanup of step \"StepA\"");
    }

    @Test
    void abortStillCleansUpAfterSuccess() {
        RecordingUi ui = new RecordingUi();
        run(ui, OnError.ABORT, false, new Recorded("StepA", 0), new Recorded("StepB", 0));
        assertThat(events).containsExactly("run StepA", "run StepB", "cleanup StepB", "cleanup StepA");
        assertThat(ui.lines()).isEmpty();
    }

    @Test
    void abortOnCancellationSaysInterrupted() {
        RecordingUi ui = new RecordingUi();
        CancelToken cancel = CancelToken.create();
        Step cancelling = new Recorded("StepB", 0) {
            @Override
            public void run(StepContext ctx) {
                cancel.cancel();
            }
        };
        StepContext ctx = new StepContext(ui, new StateBag(), cancel, DebugLog.disabled(), StepListener.NONE);
        new StepRunner(Steps.withPolicies(List.of(new Recorded("StepA", 0), cancelling), OnError.ABORT, false))
                .run(ctx);
        assertThat(ui.lines()).containsExactly(
                "error: Interrupted, aborting...",
                "error: aborted: skipping cleanup of step \"StepA\"");
        assertThat(events).containsExactly("run StepA");
    }

    @Test
    void runCleanupProvisionerKeepsOnlyTheProvisioningCleanup() {
        RecordingUi ui = new RecordingUi();
        run(ui, OnError.RUN_CLEANUP_PROVISIONER, false,
                new Recorded("StepA", 0), new Provision(), new Recorded("StepC", 1));
        assertThat(events).containsExactly("run StepA", "run StepProvision", "run StepC", "cleanup StepProvision");
        assertThat(ui.lines()).containsExactly(
                "error: StepC broke",
                "error: Step \"StepC\" failed, aborting...",
                "error: aborted: skipping cleanup of step \"StepA\"");
    }

    @Test
    void askRetryRunsTheStepAgain() {
        RecordingUi ui = new RecordingUi(true, "r");
        StepRunResult result = run(ui, OnError.ASK, false, new Recorded("StepA", 0), new Recorded("StepB", 1));

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(events).containsExactly("run StepA", "run StepB", "run StepB", "cleanup StepB", "cleanup StepA");
        assertThat(ui.lines()).containsExactly(
                "error: StepB broke",
                "say: Step \"StepB\" failed",
                "ask: " + AskStep.PROMPT);
    }

    @Test
    void askAbortSkipsCleanup() {
        RecordingUi ui = new RecordingUi(true, "A");
        StepRunResult result = run(ui, OnError.ASK, false, new Recorded("StepA", 0), new Recorded("StepB", 1));

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(events).containsExactly("run StepA", "run StepB");
        assertThat(ui.lines()).containsExactly(
                "error: StepB broke",
                "say: Step \"StepB\" failed",
                "ask: " + AskStep.PROMPT,
                "error: StepB broke",
                "error: Step \"StepB\" failed, aborting...",
                "error: aborted: skipping cleanup of step \"StepA\"");
    }

    @Test
    void askRejectsUnknownInputThenCleansUp() {
        RecordingUi ui = new RecordingUi(true, "x", "c");
        run(ui, OnError.ASK, false, new Recorded("StepA", 1));
        assertThat(events).containsExactly("run StepA", "cleanup StepA");
        assertThat(ui.lines()).containsExactly(
                "error: StepA broke",
                "say: Step \"StepA\" failed",
                "ask: " + AskStep.PROMPT,
                "say: Incorrect input: \"x\"",
                "ask: " + AskStep.PROMPT);
    }

    @Test
    void askWithoutATerminalCleansUpAsPackerDoes() {
        RecordingUi ui = new RecordingUi(false);
        StepRunResult result = run(ui, OnError.ASK, false, new Recorded("StepA", 1));
        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(events).containsExactly("run StepA", "cleanup StepA");
    }

    @Test
    void debugPausesAfterEachRunAndBeforeEachCleanup() {
        RecordingUi ui = new RecordingUi(true, "", "", "", "");
        StepRunResult result = run(ui, OnError.CLEANUP, true, new Recorded("StepA", 0), new Recorded("StepB", 0));

        assertThat(ui.lines()).containsExactly(
                "ask: Pausing after run of step 'StepA'. Press enter to continue.",
                "ask: Pausing after run of step 'StepB'. Press enter to continue.",
                "ask: Pausing before cleanup of step 'StepB'. Press enter to continue.",
                "ask: Pausing before cleanup of step 'StepA'. Press enter to continue.");
        assertThat(result.timings()).extracting(StepTiming::step)
                .containsExactly("StepA", "StepB", "StepB", "StepA");
    }

    @Test
    void onErrorFlagValues() {
        assertThat(OnError.parse("run-cleanup-provisioner")).isEqualTo(OnError.RUN_CLEANUP_PROVISIONER);
        assertThat(OnError.parse("")).isEqualTo(OnError.CLEANUP);
        assertThatThrownBy(() -> OnError.parse("retry")).hasMessageContaining("cleanup, abort, ask");
    }
}
