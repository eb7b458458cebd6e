package io.jenkins.plugins.packer.engine.step;

/**
 * One small unit of a builder's recipe (Packer's {@code multistep.Step}). Inputs come through the constructor;
 * what later steps need goes into the {@link StateBag}. {@link #run} does the work and reports failure by
 * throwing (the runner records the error once; the step may {@code ctx.ui().error(...)} what the user should
 * read). {@link #cleanup} undoes it: the runner calls it for every step whose {@code run} was started, in
 * reverse order, on success, failure and cancellation alike; {@link StepContext#halted()} and
 * {@link StepContext#cancelled()} tell which.
 *
 * <p>A step that blocks must stay cancellable: the runner interrupts its thread on cancellation; a child
 * process or a socket should be registered with {@code ctx.cancel().destroyOnCancel(p)} or
 * {@code closeOnCancel(socket)}.
 */
public interface Step {

    /** Does the step's work; throws to halt the run. */
    void run(StepContext ctx) throws Exception;

    /** Undoes {@link #run}, also when it failed half-way. A thrown exception is reported, other cleanups go on. */
    default void cleanup(StepContext ctx) throws Exception {
    }

    /** The name in pauses, messages and the report; the class name unless overridden. */
    default String name() {
        return getClass().getSimpleName();
    }
}
