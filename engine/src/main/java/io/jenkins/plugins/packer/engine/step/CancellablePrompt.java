package io.jenkins.plugins.packer.engine.step;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks on the UI from a helper thread and gives up when the run is cancelled or the asking thread interrupted,
 * checking every 100 ms as Packer's {@code ask} and debug pause do. The helper thread may stay blocked reading
 * the terminal; it is a daemon.
 */
final class CancellablePrompt {

    private CancellablePrompt() {
    }

    /** The answer; empty if nobody could be asked, or the run was cancelled while waiting. */
    static Optional<String> ask(StepContext ctx, String query) {
        if (!ctx.ui().interactive()) {
            return ctx.ui().ask(query);
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                answer.complete(ctx.ui().ask(query));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }, "ui-ask");
        reader.setDaemon(true);
        reader.start();
        while (!ctx.cancelled()) {
            try {
                return answer.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                ctx.log().log("Error asking for input: " + e.getCause().getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
