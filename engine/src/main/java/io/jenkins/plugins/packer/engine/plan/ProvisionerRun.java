package io.jenkins.plugins.packer.engine.plan;

import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.CancelledException;
import io.jenkins.plugins.packer.engine.component.BuildInfo;
import io.jenkins.plugins.packer.engine.component.ProvisionTarget;
import io.jenkins.plugins.packer.engine.component.Provisioner;
import io.jenkins.plugins.packer.engine.config.GoDuration;
import io.jenkins.plugins.packer.engine.step.StepErrors;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One provisioner run with its meta-arguments, as Packer wraps provisioners: {@code pause_before}
 * ("Pausing 10s before the next provisioner..."), {@code timeout} ("Setting a 5m timeout for the next
 * provisioner...", then the provisioner is cancelled: "Cancelling provisioner after a timeout..."),
 * {@code max_retries} ("Provisioner failed with "ERR", retrying with N trie(s) left", "retry limit reached."),
 * each retry pausing and timing out again. A cancellation of the build is never retried.
 */
final class ProvisionerRun {

    private final ProvisionerPlan plan;
    private final Provisioner provisioner;

    ProvisionerRun(ProvisionerPlan plan, Provisioner provisioner) {
        this.plan = plan;
        this.provisioner = provisioner;
    }

    void run(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        Exception first;
        try {
            attempt(ctx, info, target);
            return;
        } catch (Exception e) {
            first = rethrowIfCancelled(ctx, e);
        }
        for (int left = plan.maxRetries(); left > 0; left--) {
            ctx.cancel().throwIfCancelled();
            ctx.ui().say("Provisioner failed with " + goQuote(StepErrors.message(first)) + ", retrying with " + left
                    + " trie(s) left");
            try {
                attempt(ctx, info, target);
                return;
            } catch (Exception e) {
                rethrowIfCancelled(ctx, e);
            }
        }
        if (plan.maxRetries() > 0) {
            ctx.ui().say("retry limit reached.");
        }
        throw first;
    }

    private static Exception rethrowIfCancelled(BuildContext ctx, Exception e) throws Exception {
        if (ctx.cancel().isCancelled() || e instanceof InterruptedException) {
            throw e;
        }
        return e;
    }

    private void attempt(BuildContext ctx, BuildInfo info, ProvisionTarget target) throws Exception {
        Duration pause = plan.pauseBefore();
        if (pause != null && !pause.isZero()) {
            ctx.ui().say("Pausing " + GoDuration.format(pause) + " before the next provisioner...");
            if (ctx.cancel().await(pause)) {
                throw new CancelledException();
            }
        }
        Duration timeout = plan.timeout();
        if (timeout == null || timeout.isZero()) {
            provisioner.provision(ctx, info, target);
            return;
        }
        ctx.ui().say("Setting a " + GoDuration.format(timeout) + " timeout for the next provisioner...");
        CancelToken limited = ctx.cancel().child();
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<Void> timer = CompletableFuture.runAsync(() -> {
            if (!limited.isCancelled()) {
                timedOut.set(true);
                ctx.ui().error("Cancelling provisioner after a timeout...");
                limited.cancel();
            }
        }, CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        BuildContext limitedCtx = ctx.with(ctx.ui(), limited);
        try {
            provisioner.provision(limitedCtx, info, target);
            if (timedOut.get()) {
                throw new ProvisionerTimeoutException(timeout);
            }
        } catch (Exception e) {
            if (timedOut.get() && !ctx.cancel().isCancelled()) {
                throw new ProvisionerTimeoutException(timeout);
            }
            throw e;
        } finally {
            timer.cancel(false);
        }
    }

    /** Go's {@code %q} for a message: double quotes, backslash escapes. */
    static String goQuote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A provisioner ran out of its {@code timeout}. */
    static final class ProvisionerTimeoutException extends Exception {
        private static final long serialVersionUID = 1L;

        ProvisionerTimeoutException(Duration timeout) {
            super("context deadline exceeded: the provisioner did not finish within its timeout of "
                    + GoDuration.format(timeout));
        }
    }
}
