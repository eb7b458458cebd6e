package io.jenkins.plugins.packer.engine.step;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.util.Objects;
import java.util.Optional;

/**
 * What every step of one run sees: the build's UI, the shared typed state, the cancellation token (to register
 * child processes and sockets), the debug log, and during cleanup how the run ended.
 */
public final class StepContext {

    private final Ui ui;
    private final StateBag state;
    private final CancelToken cancel;
    private final DebugLog log;
    private final StepListener listener;
    private volatile boolean halted;
    private volatile Throwable error;

    public StepContext(Ui ui, StateBag state, CancelToken cancel, DebugLog log, StepListener listener) {
        this.ui = Objects.requireNonNull(ui);
        this.state = Objects.requireNonNull(state);
        this.cancel = Objects.requireNonNull(cancel);
        this.log = Objects.requireNonNull(log);
        this.listener = Objects.requireNonNull(listener);
    }

    public Ui ui() {
        return ui;
    }

    public StateBag state() {
        return state;
    }

    public CancelToken cancel() {
        return cancel;
    }

    public DebugLog log() {
        return log;
    }

    StepListener listener() {
        return listener;
    }

    /** True once a step failed (Packer's {@code StateHalted}); cleanups use it to tell failure from success. */
    public boolean halted() {
        return halted;
    }

    /** True once the run was cancelled (Packer's {@code StateCancelled}). */
    public boolean cancelled() {
        return cancel.isCancelled();
    }

    /** The failure that halted the run (not set for a cancellation); Packer's {@code "error"} state. */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    void fail(Throwable failure) {
        this.error = failure;
        this.halted = true;
    }
}
