package io.jenkins.plugins.packer.engine.step;

import java.util.Locale;

/**
 * {@code -on-error=ask} around one step (Packer's {@code askStep}): when the step fails, its error is shown,
 * then {@code Step "X" failed} and the question {@value #PROMPT}. {@code c} (or no answer, no terminal, a
 * cancellation) cleans up as usual, {@code a} aborts without cleanup, {@code r} runs the step again.
 */
final class AskStep implements Step {

    static final String PROMPT = "[c] Clean up and exit, [a] abort without cleanup, or [r] retry step "
            + "(build may fail even if retry succeeds)?";

    private enum Answer { CLEANUP, ABORT, RETRY }

    private final Step inner;
    private final AbortLog abortLog;

    AskStep(Step inner, AbortLog abortLog) {
        this.inner = inner;
        this.abortLog = abortLog;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        while (true) {
            try {
                inner.run(ctx);
                return;
            } catch (Exception e) {
                if (ctx.cancelled()) {
                    throw e;
                }
                ctx.ui().error(StepErrors.message(e));
                switch (ask(ctx)) {
                    case CLEANUP -> throw e;
                    case ABORT -> {
                        abortLog.abort();
                        throw e;
                    }
                    case RETRY -> {
                        // run the step again
                    }
                }
            }
        }
    }

    private Answer ask(StepContext ctx) {
        ctx.ui().say("Step \"" + inner.name() + "\" failed");
        while (true) {
            if (ctx.cancelled()) {
                return Answer.CLEANUP;
            }
            String line = CancellablePrompt.ask(ctx, PROMPT).orElse("");
            switch ((line.toLowerCase(Locale.ROOT) + "c").charAt(0)) {
                case 'c':
                    return Answer.CLEANUP;
                case 'a':
                    return Answer.ABORT;
                case 'r':
                    return Answer.RETRY;
                default:
                    ctx.ui().say("Incorrect input: \"" + line + "\"");
            }
        }
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (abortLog.aborted() && !abortLog.shouldClean(ctx, inner.name())) {
            return;
        }
        inner.cleanup(ctx);
    }

    @Override
    public String name() {
        return inner.name();
    }
}
